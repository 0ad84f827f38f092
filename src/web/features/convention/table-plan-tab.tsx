import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { Loading } from '../../ui/page';
import { formatSlot } from './convention-format';
import type { Convention } from './convention-types';
import { useBoard } from './use-board';

/** The room's table plan: tables down, slots across, who meets whom; printable (the print style hides the app). */
export function TablePlanTab({ convention: c }: { convention: Convention }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const board = useBoard(c.eventId);
  const [version, setVersion] = useState<'published' | 'draft'>('published');
  const b = board.data;
  if (!b) return <Loading />;
  const usePublished = version === 'published' && !!b.publishedAt;
  const seat = new Map<string, { a: string; b: string; missed: boolean }>();
  for (const m of b.meetings) {
    const where = usePublished ? m.published : m.status === 'scheduled' || m.status === 'held' || m.status === 'no_show' ? (m.slotId && m.table ? { slotId: m.slotId, table: m.table } : null) : null;
    if (!where) continue;
    if (usePublished && m.status === 'unscheduled') continue;
    seat.set(`${where.slotId}|${where.table}`, { a: m.a.name, b: m.b.name, missed: m.status === 'no_show' });
  }
  return (
    <div className="stack table-plan">
      <div className="toolbar no-print">
        {b.publishedAt ? (
          <label className="field">
            <span className="field__label">{t('convention.tables.version')}</span>
            <select className="input" value={version} onChange={(e) => setVersion(e.target.value as 'published' | 'draft')}>
              <option value="published">{t('convention.tables.published')}</option>
              <option value="draft">{t('convention.tables.draft')}</option>
            </select>
          </label>
        ) : (
          <p className="muted">{t('convention.tables.draftOnly')}</p>
        )}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('convention.tables.print')}
        </button>
      </div>
      <div className="table-wrap">
        <table className="table table-plan__grid">
          <caption>{t('convention.tables.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('convention.schedule.table')}</th>
              {b.slots.map((s) => (
                <th key={s.id} scope="col">
                  {formatSlot(s, locale, c.timeZone)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.tables.map((name, i) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {b.slots.map((s) => {
                  const m = seat.get(`${s.id}|${i + 1}`);
                  return (
                    <td key={s.id} className={m?.missed ? 'table-plan__cell table-plan__cell--missed' : 'table-plan__cell'}>
                      {m ? (
                        <>
                          {m.a}
                          <br />
                          {m.b}
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
