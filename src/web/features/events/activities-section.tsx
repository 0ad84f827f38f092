import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Banner } from '../../ui/banner';
import { SelectField, TextField } from '../../ui/fields';
import { useApi } from '../../ui/use-api';
import { eventErrorText } from './event-errors';
import { formatTimeInZone } from './event-format';
import { activityKinds, type Activity, type EventDetail } from './event-types';

/** Round tables and workshops inside the event: seats, sign-up for confirmed participants, editing for coordinators. */
export function ActivitiesSection({ detail }: { detail: EventDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { event } = detail;
  const list = useApi<Activity[]>(`/events/${event.id}/activities`);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const activities = list.data ?? [];
  if (!detail.canManage && activities.length === 0) return null;
  const confirmed = detail.myRegistration?.status === 'confirmed';
  const upcoming = new Date(event.startsAt).getTime() > Date.now();

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      list.reload();
    } catch (cause) {
      setError(eventErrorText(t, cause).text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="activities-title">
      <h2 id="activities-title" className="card__title">
        {t('events.activities.title')}
      </h2>
      {error ? <Banner tone="error">{error}</Banner> : null}
      {activities.length === 0 ? <p className="muted">{t('events.activities.none')}</p> : null}
      {!confirmed && activities.length && upcoming ? <p className="muted">{t('events.activities.confirmedOnly')}</p> : null}
      <ul className="activity-list">
        {activities.map((a) => (
          <li key={a.id} className="activity">
            <div className="activity__head">
              <span className="activity__time">
                {formatTimeInZone(a.startsAt, event.timeZone, locale)} – {formatTimeInZone(a.endsAt, event.timeZone, locale)}
              </span>
              <span className="tag">{t(`events.activities.kinds.${a.kind}`)}</span>
              {a.room ? <span className="muted">{a.room}</span> : null}
            </div>
            <p className="activity__title">{pickTranslation(a.title, locale)}</p>
            {pickTranslation(a.description, locale) ? <p className="muted">{pickTranslation(a.description, locale)}</p> : null}
            <p className="activity__foot">
              <span className="muted">
                {a.capacity === null ? t('events.activities.seatsUnlimited', { n: a.confirmed }) : t('events.activities.seats', { confirmed: a.confirmed, capacity: a.capacity })}
              </span>
              {a.myStatus ? <span className="tag tag--accent">{a.myStatus === 'confirmed' ? t('events.activities.joined') : t('events.activities.waitlisted')}</span> : null}
              {confirmed && upcoming ? (
                a.myStatus ? (
                  <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void act(() => api.delete(`/events/${event.id}/activities/${a.id}/sign-up`))}>
                    {t('events.activities.leave')}
                  </button>
                ) : (
                  <button type="button" className="button button--primary button--small" disabled={busy} onClick={() => void act(() => api.post(`/events/${event.id}/activities/${a.id}/sign-up`))}>
                    {t('events.activities.signUp')}
                  </button>
                )
              ) : null}
              {detail.canManage ? (
                <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void act(() => api.delete(`/events/${event.id}/activities/${a.id}`))}>
                  {t('events.activities.remove')}
                </button>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      {detail.canManage && event.status !== 'cancelled' ? <NewActivityForm detail={detail} onAdded={list.reload} /> : null}
    </section>
  );
}

function NewActivityForm({ detail, onAdded }: { detail: EventDetail; onAdded: () => void }) {
  const { t } = useTranslation();
  const { event } = detail;
  const day = event.localStartsAt.slice(0, 10);
  const [form, setForm] = useState({ kind: 'round_table', title: '', room: '', start: event.localStartsAt.slice(11, 16), end: event.localEndsAt.slice(11, 16), capacity: '' });
  const [error, setError] = useState<{ field?: string; text: string } | null>(null);
  const set = (key: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [key]: v }));
  const add = async () => {
    setError(null);
    if (!form.title.trim()) return setError({ field: 'title', text: t('events.form.titleRequired') });
    try {
      await api.post(`/events/${event.id}/activities`, {
        kind: form.kind,
        title: { [currentLocale()]: form.title.trim() },
        room: form.room,
        startsAt: `${day}T${form.start}`,
        endsAt: `${day}T${form.end}`,
        capacity: form.capacity ? Number(form.capacity) : null,
      });
      setForm((f) => ({ ...f, title: '', room: '' }));
      onAdded();
    } catch (cause) {
      setError(eventErrorText(t, cause));
    }
  };
  return (
    <details className="activity-new">
      <summary>{t('events.activities.add')}</summary>
      {error && !error.field ? <Banner tone="error">{error.text}</Banner> : null}
      <div className="form-grid">
        <SelectField label={t('events.activities.kind')} value={form.kind} onValue={set('kind')} options={activityKinds.map((k) => ({ value: k, label: t(`events.activities.kinds.${k}`) }))} />
        <TextField label={t('events.activities.titleLabel')} value={form.title} onValue={set('title')} error={error?.field === 'title' ? error.text : undefined} />
        <TextField label={t('events.activities.room')} value={form.room} onValue={set('room')} />
        <TextField label={t('events.activities.startsAt')} type="time" value={form.start} onValue={set('start')} error={error?.field === 'startsAt' ? error.text : undefined} />
        <TextField label={t('events.activities.endsAt')} type="time" value={form.end} onValue={set('end')} error={error?.field === 'endsAt' ? error.text : undefined} />
        <TextField label={t('events.activities.capacity')} type="number" min={1} value={form.capacity} onValue={set('capacity')} />
      </div>
      <button type="button" className="button button--primary" onClick={() => void add()}>
        {t('events.activities.add')}
      </button>
    </details>
  );
}
