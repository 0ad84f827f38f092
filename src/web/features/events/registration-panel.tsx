import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { eventErrorText } from './event-errors';
import { formatInZone, groupCode } from './event-format';
import { qrImagePath } from './event-paths';
import type { Answers, EventDetail, EventQuestion, MyRegistration } from './event-types';

/** The personal QR code and the code under it, as shown at the welcome desk. */
export function CheckInQr({ registration, size = 200 }: { registration: MyRegistration; size?: number }) {
  const { t } = useTranslation();
  return (
    <figure className="qr">
      <img src={qrImagePath(registration.checkInCode)} alt={t('events.register.qrAlt')} width={size} height={size} />
      <figcaption>
        {t('events.register.code', { code: groupCode(registration.checkInCode) })}
      </figcaption>
    </figure>
  );
}

function QuestionField({ q, value, onValue, error }: { q: EventQuestion; value: Answers[string] | undefined; onValue: (v: Answers[string]) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const label = `${pickTranslation(q.label, locale)}${q.required ? ` ${t('events.register.required')}` : ''}`;
  const options = (q.options ?? []).map((o) => ({ value: o.id, label: pickTranslation(o.label, locale) }));
  switch (q.kind) {
    case 'text':
      return <TextField label={label} value={typeof value === 'string' ? value : ''} onValue={onValue} error={error} name={`q-${q.id}`} />;
    case 'boolean':
      return (
        <SelectField
          label={label}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onValue={(v) => onValue(v === 'yes' ? true : v === 'no' ? false : '')}
          options={[{ value: '', label: t('events.register.choose') }, { value: 'yes', label: t('events.register.yes') }, { value: 'no', label: t('events.register.no') }]}
          error={error}
          name={`q-${q.id}`}
        />
      );
    case 'choice':
      return (
        <SelectField
          label={label}
          value={typeof value === 'string' ? value : ''}
          onValue={onValue}
          options={[{ value: '', label: t('events.register.choose') }, ...options]}
          error={error}
          name={`q-${q.id}`}
        />
      );
    case 'multi': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <fieldset className={error ? 'field field--invalid question-multi' : 'field question-multi'}>
          <legend className="field__label">{label}</legend>
          {options.map((o) => (
            <Checkbox
              key={o.value}
              label={o.label}
              checked={chosen.includes(o.value)}
              onChecked={(on) => onValue(on ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))}
            />
          ))}
          {error ? <p className="field__error">{error}</p> : null}
        </fieldset>
      );
    }
  }
}

/** Register (with the event's questions), or see one's registration: QR code, place on the waiting list, cancel. */
export function RegistrationPanel({ detail, onChange }: { detail: EventDetail; onChange: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const { event, myRegistration: mine } = detail;
  const [answers, setAnswers] = useState<Answers>({});
  const [organisationId, setOrganisationId] = useState(
    () => me.organisations.find((o) => detail.organisationsInNetwork.includes(o.id))?.id ?? (me.organisations.length === 1 ? me.organisations[0]!.id : ''),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = event.questions.filter((q) => q.required && (answers[q.id] === undefined || answers[q.id] === '' || (Array.isArray(answers[q.id]) && (answers[q.id] as string[]).length === 0)));
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((q) => [`answers.${q.id}`, t('events.reasons.answer_required')])));
      return;
    }
    setErrors({});
    setBusy(true);
    setBanner(null);
    try {
      const clean = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0)));
      await api.post(`/events/${event.id}/registrations`, { answers: clean, organisationId: organisationId || null });
      onChange();
    } catch (cause) {
      const found = eventErrorText(t, cause);
      if (found.field) setErrors({ [found.field]: found.text });
      else setBanner({ tone: 'error', text: found.text });
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (!mine || !window.confirm(t('events.register.cancelConfirm'))) return;
    setBusy(true);
    try {
      await api.post(`/events/${event.id}/registrations/${mine.id}/cancel`);
      setBanner({ tone: 'success', text: t('events.register.cancelled') });
      onChange();
    } catch (cause) {
      setBanner({ tone: 'error', text: eventErrorText(t, cause).text });
    } finally {
      setBusy(false);
    }
  };

  const closedText = () => {
    switch (detail.registrationState) {
      case 'registration_not_open':
        return t('events.register.notOpen', { date: formatInZone(event.registrationOpensAt!, event.timeZone, locale) });
      case 'registration_closed':
        return t('events.register.closed');
      case 'not_published':
        return t('events.register.notPublished');
      case 'event_cancelled':
        return t('events.register.eventCancelled');
      default:
        return '';
    }
  };

  return (
    <section className="card registration" aria-labelledby="registration-title">
      <h2 id="registration-title" className="card__title">
        {t('events.register.title')}
      </h2>
      {banner ? <Banner tone={banner.tone}>{banner.text}</Banner> : null}
      {mine ? (
        <>
          <Banner tone={mine.status === 'confirmed' ? 'success' : 'info'}>
            {mine.status === 'confirmed' ? t('events.register.confirmed') : t('events.register.waitlisted', { n: mine.waitlistPosition ?? '?' })}
          </Banner>
          {mine.status === 'confirmed' ? (
            <div className="registration__qr">
              <h3 className="subhead">{t('events.register.qrTitle')}</h3>
              <CheckInQr registration={mine} />
              <p className="muted">{t('events.register.qrHint')}</p>
              {mine.checkedInAt ? <p className="tag tag--accent">{t('events.register.checkedIn', { date: formatInZone(mine.checkedInAt, event.timeZone, locale) })}</p> : null}
            </div>
          ) : null}
          {event.questions.length ? (
            <>
              <h3 className="subhead">{t('events.register.answersTitle')}</h3>
              <dl className="facts-list">
                {event.questions.map((q) => (
                  <div key={q.id} className="facts-list__row">
                    <dt>{pickTranslation(q.label, locale)}</dt>
                    <dd>{answerLabel(q, mine.answers[q.id], locale, t)}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          {new Date(event.startsAt).getTime() > Date.now() && event.status === 'published' ? (
            <p>
              <button type="button" className="button button--ghost" onClick={() => void cancel()} disabled={busy}>
                {t('events.register.cancel')}
              </button>
            </p>
          ) : null}
        </>
      ) : !me.user ? (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(window.location.pathname)}`} className="button button--primary">
            {t('events.register.signIn')}
          </Link>
        </p>
      ) : detail.registrationState !== 'open' ? (
        <p className="muted">{closedText()}</p>
      ) : !detail.canRegister ? (
        <p className="muted">{t('events.register.notParticipant')}</p>
      ) : (
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
          {detail.counts.seatsLeft === 0 ? <Banner tone="info">{t('events.register.fullNote')}</Banner> : null}
          {me.organisations.length ? (
            <SelectField
              label={t('events.register.organisation')}
              value={organisationId}
              onValue={setOrganisationId}
              options={[...me.organisations.map((o) => ({ value: o.id, label: o.name })), { value: '', label: t('events.register.personal') }]}
              error={errors.organisationId}
            />
          ) : null}
          {event.questions.map((q) => (
            <QuestionField key={q.id} q={q} value={answers[q.id]} onValue={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))} error={errors[`answers.${q.id}`]} />
          ))}
          <button type="submit" className="button button--primary" disabled={busy}>
            {detail.counts.seatsLeft === 0 ? t('events.register.joinWaitlist') : t('events.register.button')}
          </button>
        </form>
      )}
    </section>
  );
}

export function answerLabel(q: EventQuestion, value: Answers[string] | undefined, locale: ReturnType<typeof currentLocale>, t: (key: 'events.register.yes' | 'events.register.no') => string): string {
  if (value === undefined || value === '') return '—';
  if (q.kind === 'boolean') return value ? t('events.register.yes') : t('events.register.no');
  const label = (id: string) => pickTranslation(q.options?.find((o) => o.id === id)?.label, locale) || id;
  if (Array.isArray(value)) return value.map(label).join(', ') || '—';
  return q.kind === 'choice' ? label(String(value)) : String(value);
}
