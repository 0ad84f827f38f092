import { describe, expect, it } from 'vitest';
import { blankEventForm, blankOption, eventPayload, eventToForm, newQuestion, validateEventForm } from './event-form-state';
import type { EventItem } from './event-types';

const texts = (t: Partial<Record<'fr' | 'de' | 'en' | 'nl', string>>) => ({ fr: '', de: '', en: '', nl: '', ...t });

describe('registration questions in the event form', () => {
  it('sends each question and choice in every language given, keeping the ids of existing choices', () => {
    const form = { ...blankEventForm(), title: texts({ fr: 'Convention' }), startsAt: '2031-03-30T09:00', endsAt: '2031-03-30T17:00' };
    const q = newQuestion([]);
    form.questions = [
      {
        ...q,
        kind: 'choice',
        label: texts({ fr: 'Repas', de: 'Mahlzeit', nl: ' ' }),
        options: [
          { id: 'veg', label: texts({ fr: 'Végétarien', de: 'Vegetarisch' }) },
          { id: null, label: texts({ fr: 'Sans gluten', de: 'Glutenfrei', en: 'Gluten-free' }) },
          { id: null, label: texts({}) },
          { id: null, label: texts({ de: 'Vegan' }) },
        ],
      },
    ];
    expect(validateEventForm(form)).toEqual({});
    const body = eventPayload(form, true) as { questions: unknown[] };
    expect(body.questions).toEqual([
      {
        id: q.id,
        kind: 'choice',
        required: false,
        label: { fr: 'Repas', de: 'Mahlzeit' },
        options: [
          { id: 'veg', label: { fr: 'Végétarien', de: 'Vegetarisch' } },
          { id: 'o1', label: { fr: 'Sans gluten', de: 'Glutenfrei', en: 'Gluten-free' } },
          { id: 'o2', label: { de: 'Vegan' } },
        ],
      },
    ]);
  });

  it('never gives a new choice the id of an existing one', () => {
    const form = { ...blankEventForm(), title: texts({ fr: 'X' }), startsAt: '2031-03-30T09:00', endsAt: '2031-03-30T17:00' };
    form.questions = [{ ...newQuestion([]), kind: 'multi', label: texts({ fr: 'Sujets' }), options: [{ id: 'o1', label: texts({ fr: 'Lean' }) }, { ...blankOption(), label: texts({ fr: 'RH' }) }] }];
    const [question] = (eventPayload(form, false) as { questions: { options: { id: string }[] }[] }).questions;
    expect(question!.options.map((o) => o.id)).toEqual(['o1', 'o2']);
  });

  it('asks for the question in one language at least and for two choices that say something', () => {
    const form = { ...blankEventForm(), title: texts({ de: 'Konvent' }), startsAt: '2031-03-30T09:00', endsAt: '2031-03-30T17:00' };
    form.questions = [{ ...newQuestion([]), kind: 'choice', options: [{ id: null, label: texts({ nl: 'Ja' }) }, blankOption()] }];
    expect(validateEventForm(form)).toEqual({ 'questions.0.label': 'titleRequired', 'questions.0.options': 'optionsHint' });
  });

  it('opens an existing event with every language of its questions and choices', () => {
    const event = {
      kind: 'conference',
      title: { fr: 'Conférence' },
      description: {},
      venue: '',
      address: '',
      postcode: '',
      commune: '',
      country: 'BE',
      onlineUrl: '',
      timeZone: 'Europe/Brussels',
      localStartsAt: '2031-03-30T09:00',
      localEndsAt: '2031-03-30T12:00',
      capacity: null,
      localRegistrationOpensAt: null,
      localRegistrationClosesAt: null,
      visibility: 'network',
      status: 'published',
      questions: [{ id: 'diet', kind: 'choice', required: true, label: { fr: 'Repas', de: 'Essen' }, options: [{ id: 'veg', label: { fr: 'Végétarien', nl: 'Vegetarisch' } }] }],
    } as unknown as EventItem;
    const [q] = eventToForm(event).questions;
    expect(q).toEqual({ id: 'diet', kind: 'choice', required: true, label: texts({ fr: 'Repas', de: 'Essen' }), options: [{ id: 'veg', label: texts({ fr: 'Végétarien', nl: 'Vegetarisch' }) }] });
  });
});
