import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { formatSlot } from './convention-format';
import type { Board, BoardMeeting } from './convention-types';

export type Edit =
  | { action: 'move'; meetingId: string; slotId: string; table: number }
  | { action: 'swap'; meetingId: string; otherMeetingId: string }
  | { action: 'lock'; meetingId: string; locked: boolean }
  | { action: 'unschedule'; meetingId: string };
export type Mark = { status: 'held' | 'no_show' | 'scheduled'; missingParticipantId?: string | null };

/** The coordinator's actions on one meeting: move, swap, lock, take out, and on the day held / missed. */
export function MeetingActions({ board, meeting, timeZone, onEdit, onMark }: { board: Board; meeting: BoardMeeting; timeZone: string; onEdit: (e: Edit) => void; onMark: (m: Mark) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [mode, setMode] = useState<'none' | 'move' | 'swap'>('none');
  const [slotId, setSlotId] = useState(meeting.slotId ?? board.slots[0]?.id ?? '');
  const [table, setTable] = useState(String(meeting.table ?? 1));
  const [other, setOther] = useState('');
  const label = `${meeting.a.name} × ${meeting.b.name}`;
  if (meeting.status === 'held' || meeting.status === 'no_show')
    return (
      <div className="meeting-actions">
        <button type="button" className="button button--ghost button--small" onClick={() => onMark({ status: 'scheduled' })}>
          {t('convention.schedule.undoMark')}
        </button>
      </div>
    );
  return (
    <div className="meeting-actions">
      <div className="toolbar">
        <button type="button" className="button button--ghost button--small" onClick={() => setMode(mode === 'move' ? 'none' : 'move')} aria-expanded={mode === 'move'} aria-label={t('convention.schedule.moveLabel', { meeting: label })}>
          {t('convention.schedule.move')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => setMode(mode === 'swap' ? 'none' : 'swap')} aria-expanded={mode === 'swap'} aria-label={t('convention.schedule.swapLabel', { meeting: label })}>
          {t('convention.schedule.swap')}
        </button>
        {meeting.status === 'scheduled' ? (
          <>
            <button type="button" className="button button--ghost button--small" aria-pressed={meeting.locked} onClick={() => onEdit({ action: 'lock', meetingId: meeting.id, locked: !meeting.locked })}>
              {meeting.locked ? t('convention.schedule.unlock') : t('convention.schedule.lock')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => onEdit({ action: 'unschedule', meetingId: meeting.id })}>
              {t('convention.schedule.unschedule')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => onMark({ status: 'held' })}>
              {t('convention.schedule.held')}
            </button>
            <select className="input input--compact" aria-label={t('convention.schedule.noShowLabel', { meeting: label })} value="" onChange={(e) => e.target.value && onMark({ status: 'no_show', missingParticipantId: e.target.value === 'both' ? null : e.target.value })}>
              <option value="">{t('convention.schedule.noShow')}</option>
              <option value={meeting.a.id}>{t('convention.schedule.missing', { name: meeting.a.name })}</option>
              <option value={meeting.b.id}>{t('convention.schedule.missing', { name: meeting.b.name })}</option>
              <option value="both">{t('convention.schedule.missingBoth')}</option>
            </select>
          </>
        ) : null}
      </div>
      {mode === 'move' ? (
        <div className="inline-form">
          <label className="field">
            <span className="field__label">{t('convention.schedule.slot')}</span>
            <select className="input" value={slotId} onChange={(e) => setSlotId(e.target.value)}>
              {board.slots.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatSlot(s, locale, timeZone)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('convention.schedule.table')}</span>
            <select className="input" value={table} onChange={(e) => setTable(e.target.value)}>
              {board.tables.map((name, i) => (
                <option key={i} value={String(i + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--primary button--small" onClick={() => onEdit({ action: 'move', meetingId: meeting.id, slotId, table: Number(table) })}>
            {t('convention.schedule.apply')}
          </button>
        </div>
      ) : null}
      {mode === 'swap' ? (
        <div className="inline-form">
          <label className="field">
            <span className="field__label">{t('convention.schedule.swapWith')}</span>
            <select className="input" value={other} onChange={(e) => setOther(e.target.value)}>
              <option value="">—</option>
              {board.meetings
                .filter((m) => m.id !== meeting.id && m.status === 'scheduled')
                .map((m) => {
                  const s = board.slots.find((x) => x.id === m.slotId);
                  return (
                    <option key={m.id} value={m.id}>
                      {s ? formatSlot(s, locale, timeZone) : ''} · {board.tables[(m.table ?? 1) - 1]} · {m.a.name} × {m.b.name}
                    </option>
                  );
                })}
            </select>
          </label>
          <button type="button" className="button button--primary button--small" disabled={!other} onClick={() => onEdit({ action: 'swap', meetingId: meeting.id, otherMeetingId: other })}>
            {t('convention.schedule.apply')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
