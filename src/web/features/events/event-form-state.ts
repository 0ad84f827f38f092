import type { Locale } from '../../api/types';
import type { EventItem, EventKind, EventQuestion, QuestionKind } from './event-types';

export const timeZones = ['Europe/Brussels', 'Europe/Luxembourg', 'Europe/Paris', 'Europe/Berlin', 'Europe/Amsterdam'] as const;
export const eventCountries = ['BE', 'LU', 'FR', 'DE', 'NL'] as const;
const locales: Locale[] = ['fr', 'de', 'en', 'nl'];
const emptyTexts = (): Record<Locale, string> => ({ fr: '', de: '', en: '', nl: '' });

export interface QuestionDraft {
  id: string;
  kind: QuestionKind;
  /** The label in each language (the form edits the reader's language; the others are kept). */
  label: Record<Locale, string>;
  /** One option per line, in the reader's language. */
  options: string;
  /** Existing options, so an edited question keeps its option ids (and so the answers already given). */
  known: NonNullable<EventQuestion['options']>;
  required: boolean;
}

export interface EventForm {
  kind: EventKind;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  venue: string;
  address: string;
  postcode: string;
  commune: string;
  country: string;
  onlineUrl: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  opensAt: string;
  closesAt: string;
  visibility: 'public' | 'network';
  publish: boolean;
  questions: QuestionDraft[];
}

export function blankEventForm(): EventForm {
  return {
    kind: 'conference',
    title: emptyTexts(),
    description: emptyTexts(),
    venue: '',
    address: '',
    postcode: '',
    commune: '',
    country: 'BE',
    onlineUrl: '',
    timeZone: 'Europe/Brussels',
    startsAt: '',
    endsAt: '',
    capacity: '',
    opensAt: '',
    closesAt: '',
    visibility: 'network',
    publish: true,
    questions: [],
  };
}

const texts = (t: Partial<Record<Locale, string>>) => ({ ...emptyTexts(), ...t });

export function eventToForm(e: EventItem, locale: Locale): EventForm {
  return {
    kind: e.kind,
    title: texts(e.title),
    description: texts(e.description),
    venue: e.venue,
    address: e.address,
    postcode: e.postcode,
    commune: e.commune,
    country: e.country ?? '',
    onlineUrl: e.onlineUrl,
    timeZone: e.timeZone,
    startsAt: e.localStartsAt,
    endsAt: e.localEndsAt,
    capacity: e.capacity === null ? '' : String(e.capacity),
    opensAt: e.localRegistrationOpensAt ?? '',
    closesAt: e.localRegistrationClosesAt ?? '',
    visibility: e.visibility,
    publish: e.status === 'published',
    questions: e.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      label: texts(q.label),
      options: (q.options ?? []).map((o) => o.label[locale] || o.label.fr || Object.values(o.label).find(Boolean) || o.id).join('\n'),
      known: q.options ?? [],
      required: q.required,
    })),
  };
}

export function newQuestion(existing: QuestionDraft[]): QuestionDraft {
  let n = existing.length + 1;
  while (existing.some((q) => q.id === `q${n}`)) n++;
  return { id: `q${n}`, kind: 'text', label: emptyTexts(), options: '', known: [], required: false };
}

/** Form errors before sending: field name → code of the message. */
export function validateEventForm(form: EventForm): Record<string, 'titleRequired' | 'dateRequired' | 'endBeforeStart' | 'optionsHint'> {
  const errors: Record<string, 'titleRequired' | 'dateRequired' | 'endBeforeStart' | 'optionsHint'> = {};
  if (!locales.some((l) => form.title[l].trim())) errors.title = 'titleRequired';
  if (!form.startsAt) errors.startsAt = 'dateRequired';
  if (!form.endsAt) errors.endsAt = 'dateRequired';
  if (form.startsAt && form.endsAt && form.endsAt <= form.startsAt) errors.endsAt = 'endBeforeStart';
  form.questions.forEach((q, i) => {
    if (!locales.some((l) => q.label[l].trim())) errors[`questions.${i}.label`] = 'titleRequired';
    if ((q.kind === 'choice' || q.kind === 'multi') && q.options.split('\n').filter((o) => o.trim()).length < 2) errors[`questions.${i}.options`] = 'optionsHint';
  });
  return errors;
}

const nonEmpty = (t: Record<Locale, string>) => Object.fromEntries(Object.entries(t).filter(([, v]) => v.trim() !== '')) as Partial<Record<Locale, string>>;

function questionPayload(q: QuestionDraft, locale: Locale): EventQuestion {
  const base = { id: q.id, kind: q.kind, label: nonEmpty(q.label), required: q.required };
  if (q.kind !== 'choice' && q.kind !== 'multi') return base;
  const used = new Set<string>();
  const options = q.options
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      // Keep the id of an option whose text is unchanged, so answers already given keep their meaning.
      const same = q.known.find((o) => !used.has(o.id) && Object.values(o.label).includes(line));
      let id = same?.id ?? `o${i + 1}`;
      while (used.has(id)) id = `${id}x`;
      used.add(id);
      return { id, label: same ? { ...same.label, [locale]: line } : { [locale]: line } };
    });
  return { ...base, options };
}

/** The JSON body for POST /networks/{slug}/events or PATCH /events/{id}. */
export function eventPayload(form: EventForm, locale: Locale, creating: boolean) {
  const body: Record<string, unknown> = {
    kind: form.kind,
    title: nonEmpty(form.title),
    description: nonEmpty(form.description),
    venue: form.venue,
    address: form.address,
    postcode: form.postcode,
    commune: form.commune,
    country: form.country || null,
    onlineUrl: form.onlineUrl.trim(),
    timeZone: form.timeZone,
    startsAt: form.startsAt,
    endsAt: form.endsAt,
    capacity: form.capacity.trim() ? Number(form.capacity) : null,
    registrationOpensAt: form.opensAt || null,
    registrationClosesAt: form.closesAt || null,
    visibility: form.visibility,
    questions: form.questions.map((q) => questionPayload(q, locale)),
  };
  if (creating) body.status = form.publish ? 'published' : 'draft';
  return body;
}
