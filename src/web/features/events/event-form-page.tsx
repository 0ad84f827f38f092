import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale, locales } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useNavigate, useSearchParam } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Checkbox, SelectField, TextArea, TextField } from '../../ui/fields';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { EventReportingFieldset, useEventReporting } from '../indicators/event-tags';
import { useNetwork } from '../networks/use-network';
import { eventErrorText } from './event-errors';
import { blankEventForm, blankOption, eventCountries, eventPayload, eventToForm, newQuestion, timeZones, validateEventForm, type EventForm, type OptionDraft, type QuestionDraft } from './event-form-state';
import { eventPath, eventsPath, eventTabPath } from './event-paths';
import { eventKinds, type EventDetail, type EventItem } from './event-types';
import './events.css';

export function NewEventPage({ slug }: { slug: string }) {
  return <EventFormPage slug={slug} />;
}

export function EditEventPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi<EventDetail>(`/events/${encodeURIComponent(id)}`);
  if (error) return <Banner tone="error">{eventErrorText(t, error).text}</Banner>;
  if (!data) return <Loading />;
  if (!data.canManage) return <Banner tone="error">{t('errors.code.forbidden')}</Banner>;
  return <EventFormPage slug={slug} event={data.event} />;
}

function OptionsEditor({ q, index, onChange, error }: { q: QuestionDraft; index: number; onChange: (q: QuestionDraft) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const setOption = (j: number, next: OptionDraft) => onChange({ ...q, options: q.options.map((o, k) => (k === j ? next : o)) });
  return (
    <fieldset className={error ? 'option-editor field--invalid' : 'option-editor'} aria-describedby={error ? `question-${index}-options-error` : undefined}>
      <legend className="field__label">{t('events.form.options')}</legend>
      <ol className="option-list">
        {q.options.map((o, j) => (
          <li key={j} className="option-row">
            <div className="form-grid option-row__languages">
              {locales.map((l) => (
                <TextField
                  key={l}
                  lang={l}
                  label={t('events.form.optionIn', { n: j + 1, language: t(`languageNames.${l}`) })}
                  value={o.label[l]}
                  onValue={(v) => setOption(j, { ...o, label: { ...o.label, [l]: v } })}
                  name={`question-${index}-option-${j}-${l}`}
                />
              ))}
            </div>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => onChange({ ...q, options: q.options.filter((_, k) => k !== j) })}
              aria-label={t('events.form.removeOptionN', { n: j + 1 })}
            >
              {t('events.form.removeOption')}
            </button>
          </li>
        ))}
      </ol>
      {error ? (
        <p className="field__error" id={`question-${index}-options-error`}>
          {error}
        </p>
      ) : null}
      <button type="button" className="button button--ghost button--small" onClick={() => onChange({ ...q, options: [...q.options, blankOption()] })}>
        {t('events.form.addOption')}
      </button>
    </fieldset>
  );
}

function QuestionEditor({ q, index, onChange, onRemove, errors }: { q: QuestionDraft; index: number; onChange: (q: QuestionDraft) => void; onRemove: () => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const withChoices = q.kind === 'choice' || q.kind === 'multi';
  const setKind = (kind: QuestionDraft['kind']) => {
    const needsChoices = (kind === 'choice' || kind === 'multi') && q.options.length === 0;
    onChange({ ...q, kind, ...(needsChoices ? { options: [blankOption(), blankOption()] } : {}) });
  };
  return (
    <li className="question-editor">
      <div className="form-grid">
        <SelectField
          label={t('events.form.questionKind')}
          value={q.kind}
          onValue={(v) => setKind(v as QuestionDraft['kind'])}
          options={(['text', 'choice', 'multi', 'boolean'] as const).map((k) => ({ value: k, label: t(`events.form.questionKinds.${k}`) }))}
          name={`question-${index}-kind`}
        />
      </div>
      <div className="form-grid form-grid--languages">
        {locales.map((l, k) => (
          <TextField
            key={l}
            lang={l}
            label={t('events.form.questionLabel', { language: t(`languageNames.${l}`) })}
            value={q.label[l]}
            onValue={(v) => onChange({ ...q, label: { ...q.label, [l]: v } })}
            error={k === 0 ? errors[`questions.${index}.label`] : undefined}
            name={`question-${index}-${l}`}
          />
        ))}
      </div>
      {withChoices ? <OptionsEditor q={q} index={index} onChange={onChange} error={errors[`questions.${index}.options`]} /> : null}
      <div className="question-editor__foot">
        <Checkbox label={t('events.form.questionRequired')} checked={q.required} onChecked={(v) => onChange({ ...q, required: v })} />
        <button type="button" className="button button--ghost button--small" onClick={onRemove}>
          {t('events.form.removeQuestion')}
        </button>
      </div>
    </li>
  );
}

/** Create or edit an event: multilingual title and description, place, time zone, seats, window, questions. */
function EventFormPage({ slug, event }: { slug: string; event?: EventItem }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const network = useNetwork(slug).data;
  const reporting = useEventReporting(slug, event?.id);
  const [form, setForm] = useState<EventForm>(() => (event ? eventToForm(event) : blankEventForm()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Arriving from a creation whose axes or co-organisers could not be saved: say so on the edit page.
  const reportingFailed = useSearchParam('reporting') === 'failed';
  const [banner, setBanner] = useState<string | null>(() => (event && reportingFailed ? t('events.form.reportingNotSaved') : null));
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof EventForm>(key: K) => (value: EventForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const option = (value: string, label: string) => ({ value, label });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBanner(null);
    const found = validateEventForm(form);
    if (Object.keys(found).length) {
      setErrors(Object.fromEntries(Object.entries(found).map(([f, code]) => [f === 'title' ? `title.${locale}` : f, t(`events.form.${code}`)])));
      setBanner(t('events.form.fixBelow'));
      window.setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const body = eventPayload(form, !event);
      const saved = event
        ? await api.patch<EventItem>(`/events/${encodeURIComponent(event.id)}`, body)
        : await api.post<EventItem>(`/networks/${encodeURIComponent(slug)}/events`, body);
      // Axes and co-organisers need the event's id; if they fail after a creation, edit the saved event (no duplicate).
      await reporting.save(saved.id).catch((cause: unknown) => {
        if (event) throw cause;
        navigate(`${eventTabPath(slug, saved.id, 'edit')}?reporting=failed`);
        throw cause;
      });
      navigate(eventPath(slug, saved.id));
    } catch (cause) {
      const found = eventErrorText(t, cause);
      if (found.field) {
        setErrors({ [found.field === 'title' ? `title.${locale}` : found.field]: found.text });
        setBanner(t('events.form.fixBelow'));
      } else setBanner(found.text);
    } finally {
      setBusy(false);
    }
  };

  const title = event ? t('events.form.editTitle', { title: pickTranslation(event.title, locale) }) : t('events.form.createTitle');
  return (
    <>
      <PageHeader eyebrow={network?.name} title={title} />
      <form className="event-form stack" onSubmit={(e) => void submit(e)} noValidate>
        {banner ? <Banner tone="error">{banner}</Banner> : null}
        <fieldset className="fieldset card">
          <legend className="card__title">{t('events.form.basics')}</legend>
          <div className="form-grid">
            <SelectField label={t('events.form.kind')} value={form.kind} onValue={(v) => set('kind')(v as EventForm['kind'])} options={eventKinds.map((k) => option(k, t(`events.kinds.${k}`)))} name="kind" />
            <SelectField
              label={t('events.form.visibility')}
              value={form.visibility}
              onValue={(v) => set('visibility')(v as EventForm['visibility'])}
              options={(['network', 'public'] as const).map((v) => option(v, t(`events.visibilities.${v}`)))}
              name="visibility"
            />
          </div>
          <p className="muted">{t('events.form.titleHint')}</p>
          <div className="form-grid form-grid--languages">
            {locales.map((l) => (
              <TextField
                key={l}
                lang={l}
                label={t('events.form.titleIn', { language: t(`languageNames.${l}`) })}
                value={form.title[l]}
                onValue={(v) => setForm((f) => ({ ...f, title: { ...f.title, [l]: v } }))}
                error={errors[`title.${l}`]}
                name={`title-${l}`}
              />
            ))}
          </div>
          <div className="form-grid form-grid--languages">
            {locales.map((l) => (
              <TextArea
                key={l}
                lang={l}
                label={t('events.form.descriptionIn', { language: t(`languageNames.${l}`) })}
                value={form.description[l]}
                onValue={(v) => setForm((f) => ({ ...f, description: { ...f.description, [l]: v } }))}
                rows={4}
                name={`description-${l}`}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="fieldset card">
          <legend className="card__title">{t('events.form.schedule')}</legend>
          <div className="form-grid">
            <TextField label={t('events.form.startsAt')} type="datetime-local" value={form.startsAt} onValue={set('startsAt')} error={errors.startsAt} required name="startsAt" />
            <TextField label={t('events.form.endsAt')} type="datetime-local" value={form.endsAt} onValue={set('endsAt')} error={errors.endsAt} required name="endsAt" />
            <SelectField label={t('events.form.timeZone')} value={form.timeZone} onValue={set('timeZone')} options={timeZones.map((z) => option(z, z))} name="timeZone" />
            <TextField label={t('events.form.capacity')} type="number" min={1} value={form.capacity} onValue={set('capacity')} hint={t('events.form.capacityHint')} error={errors.capacity} name="capacity" />
            <TextField label={t('events.form.opensAt')} type="datetime-local" value={form.opensAt} onValue={set('opensAt')} hint={t('events.form.opensHint')} error={errors.registrationOpensAt} name="opensAt" />
            <TextField label={t('events.form.closesAt')} type="datetime-local" value={form.closesAt} onValue={set('closesAt')} hint={t('events.form.closesHint')} error={errors.registrationClosesAt} name="closesAt" />
          </div>
        </fieldset>
        <fieldset className="fieldset card">
          <legend className="card__title">{t('events.form.place')}</legend>
          <div className="form-grid">
            <TextField label={t('events.form.venue')} value={form.venue} onValue={set('venue')} name="venue" />
            <TextField label={t('events.form.address')} value={form.address} onValue={set('address')} name="address" />
            <TextField label={t('events.form.postcode')} value={form.postcode} onValue={set('postcode')} name="postcode" />
            <TextField label={t('events.form.commune')} value={form.commune} onValue={set('commune')} name="commune" />
            <SelectField
              label={t('events.form.country')}
              value={form.country}
              onValue={set('country')}
              options={[option('', t('events.form.noCountry')), ...eventCountries.map((c) => option(c, t(`countries.${c}`)))]}
              name="country"
            />
            <TextField label={t('events.form.onlineUrl')} type="url" value={form.onlineUrl} onValue={set('onlineUrl')} error={errors.onlineUrl} name="onlineUrl" />
          </div>
        </fieldset>
        <fieldset className="fieldset card">
          <legend className="card__title">{t('events.form.questions')}</legend>
          <p className="muted">{t('events.form.questionsHint')}</p>
          <p className="muted">{t('events.form.questionLanguagesHint')}</p>
          <ol className="question-list">
            {form.questions.map((q, i) => (
              <QuestionEditor
                key={q.id}
                q={q}
                index={i}
                errors={errors}
                onChange={(next) => setForm((f) => ({ ...f, questions: f.questions.map((x, j) => (j === i ? next : x)) }))}
                onRemove={() => setForm((f) => ({ ...f, questions: f.questions.filter((_, j) => j !== i) }))}
              />
            ))}
          </ol>
          <button type="button" className="button button--ghost" onClick={() => setForm((f) => ({ ...f, questions: [...f.questions, newQuestion(f.questions)] }))}>
            {t('events.form.addQuestion')}
          </button>
        </fieldset>
        <EventReportingFieldset state={reporting} />
        {event ? null : <Checkbox label={t('events.form.publishNow')} checked={form.publish} onChecked={set('publish')} />}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {event ? t('events.form.save') : t('events.form.create')}
          </button>
          <Link to={event ? eventPath(slug, event.id) : eventsPath(slug)} className="button button--ghost">
            {t('events.form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
