import type { Locale } from '../../api/types';
import type { EventItem, EventKind, EventQuestion, QuestionKind } from './event-types';

export const timeZones = ['Europe/Brussels', 'Europe/Luxembourg', 'Europe/Paris', 'Europe/Berlin', 'Europe/Amsterdam'] as const;
export const eventCountries = ['BE', 'LU', 'FR', 'DE', 'NL'] as const;
const locales: Locale[] = ['fr', 'de', 'en', 'nl'];
const emptyTexts = (): Record<Locale, string> => ({ fr: '', de: '', en: '', nl: '' });

/** One choice of a question, in each language; an existing choice keeps its id (and so the answers already given). */
export interface OptionDraft {
  id: string | null;
  label: Record<Locale, string>;
}

export interface QuestionDraft {
  id: string;
  kind: QuestionKind;
  /** The question in each language; a registrant reads theirs, else French, else any language given. */
  label: Record<Locale, string>;
  options: OptionDraft[];
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

export function eventToForm(e: EventItem): EventForm {
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
      options: (q.options ?? []).map((o) => ({ id: o.id, label: texts(o.label) })),
      required: q.required,
    })),
  };
}

export function newQuestion(existing: QuestionDraft[]): QuestionDraft {
  let n = existing.length + 1;
  while (existing.some((q) => q.id === `q${n}`)) n++;
  return { id: `q${n}`, kind: 'text', label: emptyTexts(), options: [], required: false };
}

export const blankOption = (): OptionDraft => ({ id: null, label: emptyTexts() });

const hasText = (t: Record<Locale, string>) => locales.some((l) => t[l].trim());

/** Form errors before sending: field name → code of the message. */
export function validateEventForm(form: EventForm): Record<string, 'titleRequired' | 'dateRequired' | 'endBeforeStart' | 'optionsHint'> {
  const errors: Record<string, 'titleRequired' | 'dateRequired' | 'endBeforeStart' | 'optionsHint'> = {};
  if (!locales.some((l) => form.title[l].trim())) errors.title = 'titleRequired';
  if (!form.startsAt) errors.startsAt = 'dateRequired';
  if (!form.endsAt) errors.endsAt = 'dateRequired';
  if (form.startsAt && form.endsAt && form.endsAt <= form.startsAt) errors.endsAt = 'endBeforeStart';
  form.questions.forEach((q, i) => {
    if (!hasText(q.label)) errors[`questions.${i}.label`] = 'titleRequired';
    if ((q.kind === 'choice' || q.kind === 'multi') && q.options.filter((o) => hasText(o.label)).length < 2) errors[`questions.${i}.options`] = 'optionsHint';
  });
  return errors;
}

const nonEmpty = (t: Record<Locale, string>) => Object.fromEntries(Object.entries(t).filter(([, v]) => v.trim() !== '')) as Partial<Record<Locale, string>>;

function questionPayload(q: QuestionDraft): EventQuestion {
  const base = { id: q.id, kind: q.kind, label: nonEmpty(q.label), required: q.required };
  if (q.kind !== 'choice' && q.kind !== 'multi') return base;
  const kept = q.options.filter((o) => hasText(o.label));
  const used = new Set(kept.flatMap((o) => (o.id ? [o.id] : [])));
  let n = 0;
  const options = kept.map((o) => {
    let id = o.id;
    while (!id || (o.id === null && used.has(id))) id = `o${++n}`;
    used.add(id);
    return { id, label: nonEmpty(o.label) };
  });
  return { ...base, options };
}

/** The JSON body for POST /networks/{slug}/events or PATCH /events/{id}. */
export function eventPayload(form: EventForm, creating: boolean) {
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
    questions: form.questions.map(questionPayload),
  };
  if (creating) body.status = form.publish ? 'published' : 'draft';
  return body;
}
