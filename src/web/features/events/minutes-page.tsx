import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Checkbox, SelectField, TextArea, TextField } from '../../ui/fields';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { eventErrorText } from './event-errors';
import { formatEventRange } from './event-format';
import { eventPath } from './event-paths';
import type { Decision, EventDetail, Minutes } from './event-types';
import './events.css';

interface Person {
  userId: string;
  name: string;
  email: string;
}

/** Coordinators write the minutes of a committee or business corner and keep its decisions and actions. */
export function MinutesPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const detail = useApi<EventDetail>(`/events/${encodeURIComponent(id)}`);
  const minutes = useApi<Minutes>(`/events/${encodeURIComponent(id)}/minutes`);
  const people = useApi<Person[]>(`/networks/${encodeURIComponent(slug)}/people`);
  const [body, setBody] = useState('');
  const [published, setPublished] = useState(false);
  const [banner, setBanner] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [draft, setDraft] = useState({ kind: 'decision', body: '', ownerUserId: '', dueOn: '' });

  useEffect(() => {
    if (!minutes.data) return;
    setBody(minutes.data.body);
    setPublished(minutes.data.published);
  }, [minutes.data]);

  const error = detail.error ?? minutes.error;
  if (error) return <Banner tone="error">{eventErrorText(t, error).text}</Banner>;
  if (!detail.data || !minutes.data) return <Loading />;
  const event = detail.data.event;
  const run = async (fn: () => Promise<unknown>, success?: string) => {
    setBanner(null);
    try {
      await fn();
      if (success) setBanner({ tone: 'success', text: success });
      minutes.reload();
    } catch (cause) {
      setBanner({ tone: 'error', text: eventErrorText(t, cause).text });
    }
  };
  const patchDecision = (d: Decision, patch: Partial<Decision>) => run(() => api.patch(`/events/${event.id}/decisions/${d.id}`, patch));

  return (
    <>
      <p className="breadcrumb">
        <Link to={eventPath(slug, id)}>← {pickTranslation(event.title, locale)}</Link>
      </p>
      <PageHeader eyebrow={formatEventRange(event, locale)} title={t('events.minutes.title')} />
      {banner ? <Banner tone={banner.tone}>{banner.text}</Banner> : null}
      {!minutes.data.canEdit ? (
        <Banner tone="info">{t('events.minutes.none')}</Banner>
      ) : (
        <>
          <Section title={t('events.minutes.body')} id="minutes-body-title">
            <TextArea label={t('events.minutes.body')} value={body} onValue={setBody} rows={12} name="minutes" />
            <Checkbox label={t('events.minutes.published')} checked={published} onChecked={setPublished} />
            <p>
              <button type="button" className="button button--primary" onClick={() => void run(() => api.post(`/events/${event.id}/minutes`, { body, published }), t('events.minutes.saved'))}>
                {t('events.minutes.save')}
              </button>
            </p>
          </Section>
          <Section title={t('events.minutes.decisions')} id="decisions-title">
            {minutes.data.decisions.length === 0 ? <p className="muted">{t('events.minutes.noDecisions')}</p> : null}
            <ul className="decision-list">
              {minutes.data.decisions.map((d) => (
                <li key={d.id} className={`decision decision--${d.status}`}>
                  <span className={d.kind === 'action' ? 'tag tag--accent' : 'tag'}>{t(`events.minutes.kinds.${d.kind}`)}</span> <span className="decision__body">{d.body}</span>
                  <span className="decision__meta muted">{[d.ownerName || d.ownerOrganisationName, d.dueOn].filter(Boolean).join(' · ')}</span>
                  <span className="decision__tools">
                    <SelectField
                      label={t('events.minutes.status')}
                      value={d.status}
                      onValue={(v) => void patchDecision(d, { status: v as Decision['status'] })}
                      options={(['open', 'done', 'dropped'] as const).map((s) => ({ value: s, label: t(`events.minutes.statuses.${s}`) }))}
                    />
                    <button type="button" className="button button--ghost button--small" onClick={() => void run(() => api.delete(`/events/${event.id}/decisions/${d.id}`))}>
                      {t('events.minutes.remove')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
            <div className="form-grid decision-new">
              <SelectField
                label={t('events.minutes.kind')}
                value={draft.kind}
                onValue={(v) => setDraft((d) => ({ ...d, kind: v }))}
                options={(['decision', 'action'] as const).map((k) => ({ value: k, label: t(`events.minutes.kinds.${k}`) }))}
              />
              <TextField label={t('events.minutes.text')} value={draft.body} onValue={(v) => setDraft((d) => ({ ...d, body: v }))} name="decision" />
              <SelectField
                label={t('events.minutes.owner')}
                value={draft.ownerUserId}
                onValue={(v) => setDraft((d) => ({ ...d, ownerUserId: v }))}
                options={[{ value: '', label: t('events.minutes.noOwner') }, ...[...new Map((people.data ?? []).map((p) => [p.userId, p])).values()].map((p) => ({ value: p.userId, label: p.name || p.email }))]}
              />
              <TextField label={t('events.minutes.dueOn')} type="date" value={draft.dueOn} onValue={(v) => setDraft((d) => ({ ...d, dueOn: v }))} />
            </div>
            <p>
              <button
                type="button"
                className="button button--primary"
                disabled={!draft.body.trim()}
                onClick={() =>
                  void run(async () => {
                    await api.post(`/events/${event.id}/decisions`, {
                      kind: draft.kind,
                      body: draft.body,
                      ownerUserId: draft.ownerUserId || null,
                      dueOn: draft.dueOn || null,
                      position: minutes.data?.decisions.length ?? 0,
                    });
                    setDraft({ kind: draft.kind, body: '', ownerUserId: '', dueOn: '' });
                  })
                }
              >
                {t('events.minutes.add')}
              </button>
            </p>
          </Section>
        </>
      )}
    </>
  );
}
