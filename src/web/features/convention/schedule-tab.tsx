import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { Loading, Section } from '../../ui/page';
import { conventionApi } from './convention-paths';
import { refusalText } from './convention-errors';
import { formatSlot } from './convention-format';
import type { Board, Convention } from './convention-types';
import { MeetingActions, type Edit, type Mark } from './meeting-actions';
import { ParticipantsPanel } from './participants-panel';
import { useBoard } from './use-board';

/**
 * The coordinator's schedule: generate in the background, see the quality, adjust by hand slot by slot, publish,
 * and on the day fit late requests around the published meetings.
 */
export function ScheduleTab({ convention: c, onChanged }: { convention: Convention; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const board = useBoard(c.eventId);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string; details?: string[] } | null>(null);
  const [slotId, setSlotId] = useState<string | null>(null);
  const b = board.data;
  if (board.error) return <Banner tone="error">{errorText(t, board.error).text}</Banner>;
  if (!b) return <Loading />;

  const run = async (path: string, body: unknown, success: (r: Record<string, unknown>) => string) => {
    setMessage(null);
    try {
      const r = await api.post<Record<string, unknown>>(conventionApi(c.eventId, path), body);
      setMessage({ tone: 'success', text: success(r) });
      board.reload();
      onChanged();
    } catch (err) {
      const details = (err as { details?: { violations?: string[] } }).details?.violations;
      setMessage({ tone: 'error', text: refusalText(t, err) ?? errorText(t, err).text, ...(details ? { details } : {}) });
    }
  };
  const edit = (e: Edit) => void run('/schedule/edits', e, () => t('convention.schedule.edited'));
  const mark = (meetingId: string) => (m: Mark) => void run(`/meetings/${meetingId}/mark`, m, () => t('convention.schedule.marked'));
  const generating = b.status === 'generating';
  const last = b.runs[0];
  const current = slotId ?? b.slots.find((s) => b.meetings.some((m) => m.slotId === s.id))?.id ?? b.slots[0]?.id ?? null;
  const inSlot = b.meetings.filter((m) => m.slotId === current && (m.status === 'scheduled' || m.status === 'held' || m.status === 'no_show'));
  const waiting = b.meetings.filter((m) => m.status === 'unscheduled');
  const q = b.quality;

  return (
    <div className="stack">
      {message ? (
        <Banner tone={message.tone}>
          {message.text}
          {message.details ? (
            <ul>
              {message.details.map((d) => (
                <li key={d} className="code">
                  {d}
                </li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      {b.slots.length === 0 ? <Banner tone="info">{t('convention.refusals.no_day_setup')}</Banner> : null}
      <Section title={t('convention.schedule.title')} id="schedule-status">
        <p>
          <span className={`tag schedule-status schedule-status--${b.status}`}>{t(`convention.scheduleStatus.${b.status}`)}</span>
          {b.publishedAt ? <span className="muted"> · {t('convention.schedule.publishedAt', { date: formatDateTime(b.publishedAt, locale) })}</span> : null}
        </p>
        <div className="toolbar">
          <button type="button" className="button button--primary" disabled={generating || b.slots.length === 0} onClick={() => void run('/schedule/runs', { mode: 'full' }, () => t('convention.schedule.started'))}>
            {t('convention.schedule.generate')}
          </button>
          {b.publishedAt ? (
            <button type="button" className="button" disabled={generating} onClick={() => void run('/schedule/runs', { mode: 'keep-published' }, () => t('convention.schedule.started'))}>
              {t('convention.schedule.fitLate')}
            </button>
          ) : null}
          <button type="button" className="button" disabled={generating || q.scheduled === 0} onClick={() => void run('/schedule/publish', {}, (r) => t('convention.schedule.published', { n: Number(r.notified ?? 0) }))}>
            {b.publishedAt ? t('convention.schedule.republish') : t('convention.schedule.publish')}
          </button>
        </div>
        {generating ? (
          <p className="loading" role="status">
            <span className="loading__dot" aria-hidden="true" />
            {t('convention.schedule.generating')}
          </p>
        ) : null}
        {last?.status === 'failed' ? <Banner tone="error">{t('convention.schedule.failed', { error: last.error ?? '' })}</Banner> : null}
      </Section>
      <Section title={t('convention.schedule.quality')} id="quality">
        <dl className="counts quality">
          <div className="count">
            <dt className="count__label">{t('convention.schedule.scheduled')}</dt>
            <dd className="count__value">
              {q.scheduled} / {q.meetings}
            </dd>
          </div>
          <div className="count">
            <dt className="count__label">{t('convention.schedule.weightBound')}</dt>
            <dd className="count__value">
              {q.weight}
              {q.upperBound !== null ? ` / ${q.upperBound}` : ''}
            </dd>
          </div>
          <div className="count">
            <dt className="count__label">{t('convention.schedule.breaks')}</dt>
            <dd className="count__value">{q.breaks}</dd>
            <dd className="count__label">{t('convention.schedule.maxBreaks', { n: q.maxBreaks })}</dd>
          </div>
          <div className="count">
            <dt className="count__label">{t('convention.schedule.starved')}</dt>
            <dd className="count__value">{q.starved}</dd>
          </div>
        </dl>
        {!q.valid ? <Banner tone="error">{t('convention.schedule.invalid', { first: q.violations[0] ?? '' })}</Banner> : null}
        {last?.stats ? (
          <p className="muted">
            {t('convention.schedule.lastRun', {
              mode: t(`convention.schedule.modes.${last.mode}`),
              seconds: String(last.stats.solveSeconds ?? last.stats.seconds ?? ''),
              locked: String(last.stats.locked ?? 0),
            })}
            {last.released.length ? ` ${t('convention.schedule.released', { n: last.released.length })}` : ''}
          </p>
        ) : null}
      </Section>
      {waiting.length ? (
        <Section title={t('convention.schedule.waiting', { n: waiting.length })} id="waiting">
          <ul className="meeting-list">
            {waiting.map((m) => (
              <li key={m.id} className="meeting-row">
                <div>
                  <strong>
                    {m.a.name} × {m.b.name}
                  </strong>
                  {m.reason ? <span className="muted"> · {t(`convention.unscheduledReasons.${(['no_common_slot', 'cap_reached', 'no_room', 'by_hand'].includes(m.reason) ? m.reason : 'no_room') as 'no_room'}`)}</span> : null}
                </div>
                <MeetingActions board={b} meeting={m} timeZone={c.timeZone} onEdit={edit} onMark={mark(m.id)} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {b.slots.length ? (
        <Section title={t('convention.schedule.bySlot')} id="by-slot">
          <div className="slot-picker" role="group" aria-label={t('convention.schedule.slots')}>
            {b.slots.map((s) => (
              <button key={s.id} type="button" className={s.id === current ? 'button button--small button--primary' : 'button button--small button--ghost'} aria-pressed={s.id === current} onClick={() => setSlotId(s.id)}>
                {formatSlot(s, locale, c.timeZone)} ({b.meetings.filter((m) => m.slotId === s.id && m.status === 'scheduled').length})
              </button>
            ))}
          </div>
          <ul className="meeting-list">
            {inSlot
              .sort((x, y) => (x.table ?? 0) - (y.table ?? 0))
              .map((m) => (
                <li key={m.id} className={`meeting-row meeting-row--${m.status}`}>
                  <div>
                    <span className="tag">{b.tables[(m.table ?? 1) - 1]}</span>{' '}
                    <strong>
                      {m.a.name} × {m.b.name}
                    </strong>{' '}
                    <span className="muted">
                      {m.a.organisation} · {m.b.organisation}
                    </span>
                    {m.locked ? <span className="tag tag--accent"> {t('convention.schedule.locked')}</span> : null}
                    {m.changed && b.publishedAt ? <span className="tag"> {t('convention.schedule.changed')}</span> : null}
                    {m.status !== 'scheduled' ? <span className="tag"> {t(`convention.meetingStatus.${m.status}`)}</span> : null}
                  </div>
                  <MeetingActions board={b} meeting={m} timeZone={c.timeZone} onEdit={edit} onMark={mark(m.id)} />
                </li>
              ))}
          </ul>
        </Section>
      ) : null}
      <ParticipantsPanel board={b} convention={c} onChanged={() => board.reload()} />
    </div>
  );
}

export type { Board };
