import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { useApi } from '../../ui/use-api';
import { poolingErrorText } from './resource-format';
import type { CalendarView } from './resource-types';
import { addDays, formatInZone, formatRange, instantOf, localDateOf, localTimeOf, mondayOf, zoneLabel } from './zoned-time';

interface Block {
  key: string;
  day: number;
  top: number;
  height: number;
  className: string;
  label: string;
  title: string;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** "lun." over "23/11": short enough for seven columns on a phone. */
function DayHead({ date, locale }: { date: string; locale: string }) {
  const at = new Date(`${date}T12:00:00Z`);
  return (
    <>
      <span className="wcal__weekday">{new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(at)}</span>
      <span className="wcal__date">{new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(at)}</span>
    </>
  );
}

/**
 * One week of a resource on its own clock: opening hours, closures, what is held (and, for its owner, by whom and
 * the pending requests). Choosing a day fills the booking form. A list under the grid says the same for screen readers.
 */
export function WeekCalendar({ resourceId, timeZone, monday, onWeek, onPickDay, reloadKey }: {
  resourceId: string;
  timeZone: string;
  monday: string;
  onWeek: (monday: string) => void;
  onPickDay?: (date: string) => void;
  reloadKey?: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const from = instantOf(monday, '00:00', timeZone)!;
  const to = instantOf(addDays(monday, 7), '00:00', timeZone)!;
  const { data, error, loading } = useApi<CalendarView>(`/resources/${encodeURIComponent(resourceId)}/calendar${query({ from, to, v: reloadKey })}`);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));

  // Rows from the earliest opening to the latest closing of the week (at least 07:00–19:00 shown).
  let first = 7 * 60;
  let last = 19 * 60;
  const pieces = (start: string, end: string) => {
    const out: { day: number; from: number; to: number }[] = [];
    for (let d = 0; d < 7; d++) {
      const dayStart = Date.parse(instantOf(days[d]!, '00:00', timeZone)!);
      const dayEnd = Date.parse(instantOf(addDays(days[d]!, 1), '00:00', timeZone)!);
      const s = Math.max(Date.parse(start), dayStart);
      const e = Math.min(Date.parse(end), dayEnd);
      if (e <= s) continue;
      const fromMin = minutesOf(localTimeOf(new Date(s), timeZone));
      const toMin = e === dayEnd ? 1440 : minutesOf(localTimeOf(new Date(e), timeZone));
      out.push({ day: d, from: fromMin, to: toMin });
    }
    return out;
  };
  if (data)
    for (const o of data.open)
      for (const p of pieces(o.start, o.end)) {
        first = Math.min(first, Math.floor(p.from / 60) * 60);
        last = Math.max(last, Math.ceil(p.to / 60) * 60);
      }
  const span = last - first;
  const blocks: Block[] = [];
  const add = (start: string, end: string, className: string, label: string, key: string) => {
    for (const p of pieces(start, end)) {
      const top = Math.max(0, p.from - first);
      const bottom = Math.min(span, p.to - first);
      if (bottom <= top) continue;
      blocks.push({ key: `${key}-${p.day}`, day: p.day, top: (top / span) * 100, height: ((bottom - top) / span) * 100, className, label, title: `${label} · ${formatRange(start, end, locale, timeZone)}` });
    }
  };
  if (data) {
    data.open.forEach((o, i) => add(o.start, o.end, 'wcal__open', t('resources.calendar.open'), `o${i}`));
    data.exceptions.filter((e) => e.kind === 'closed').forEach((e) => add(e.start, e.end, 'wcal__closed', e.reason || t('resources.calendar.closed'), `c${e.id}`));
    data.pending.forEach((p) => add(p.start, p.end, 'wcal__pending', t('resources.calendar.pendingBy', { name: p.borrower }), `p${p.bookingId}`));
    data.busy.forEach((b, i) => {
      const label = b.mine ? t('resources.calendar.mine') : b.kind === 'owner_use' ? t('resources.calendar.ownerUse') : b.borrower ? t('resources.calendar.bookedBy', { name: b.borrower }) : t('resources.calendar.booked');
      const units = data.units > 1 ? ` (${t('resources.calendar.unitsHeld', { units: b.units.join(', ') })})` : '';
      add(b.start, b.end, b.mine ? 'wcal__busy wcal__busy--mine' : b.kind === 'owner_use' ? 'wcal__busy wcal__busy--own' : 'wcal__busy', label + units, `b${i}`);
    });
  }
  const hours = Array.from({ length: span / 60 }, (_, i) => first + i * 60);
  const today = localDateOf(new Date(), timeZone);

  return (
    <section className="wcal" aria-labelledby="wcal-title">
      <div className="wcal__bar">
        <h2 id="wcal-title" className="card__title">
          {t('resources.calendar.week', { from: formatInZone(from, locale, timeZone, 'day'), to: formatInZone(addDays(monday, 6) + 'T12:00:00Z', locale, timeZone, 'day') })}
        </h2>
        <div className="wcal__nav">
          <button type="button" className="button button--ghost button--small" onClick={() => onWeek(addDays(monday, -7))}>
            ← {t('resources.calendar.previous')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => onWeek(mondayOf(today))}>
            {t('resources.calendar.today')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => onWeek(addDays(monday, 7))}>
            {t('resources.calendar.next')} →
          </button>
        </div>
      </div>
      <p className="muted wcal__zone">{t('resources.calendar.zone', { zone: zoneLabel(timeZone, locale, new Date(from)) })}</p>
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
      <div className={loading ? 'wcal__grid wcal__grid--stale' : 'wcal__grid'} aria-hidden="true" style={{ ['--wcal-height' as string]: `${Math.max(18, (span / 60) * 1.6)}rem`, ['--wcal-hour' as string]: `${Math.max(18, (span / 60) * 1.6) / (span / 60)}rem` }}>
        <div className="wcal__hours">
          <div className="wcal__dayhead" />
          <div className="wcal__col">
            {hours.map((h) => (
              <span key={h} className="wcal__hour" style={{ top: `${((h - first) / span) * 100}%` }}>
                {String(Math.floor(h / 60)).padStart(2, '0')}:00
              </span>
            ))}
          </div>
        </div>
        {days.map((d, i) => (
          <div key={d} className={d === today ? 'wcal__day wcal__day--today' : 'wcal__day'}>
            {onPickDay ? (
              <button type="button" className="wcal__dayhead wcal__dayhead--pick" tabIndex={-1} onClick={() => onPickDay(d)} title={formatInZone(d + 'T12:00:00Z', locale, 'UTC', 'day')}>
                <DayHead date={d} locale={locale} />
              </button>
            ) : (
              <div className="wcal__dayhead">
                <DayHead date={d} locale={locale} />
              </div>
            )}
            <div className="wcal__col">
              {blocks
                .filter((b) => b.day === i)
                .map((b) => (
                  <span key={b.key} className={`wcal__block ${b.className}`} style={{ top: `${b.top}%`, height: `${b.height}%` }} title={b.title}>
                    {b.className === 'wcal__open' ? null : <span className="wcal__label">{b.label}</span>}
                  </span>
                ))}
            </div>
          </div>
        ))}
      </div>
      <ul className="wcal__legend">
        <li>
          <span className="wcal__swatch wcal__open" /> {t('resources.calendar.open')}
        </li>
        <li>
          <span className="wcal__swatch wcal__busy" /> {t('resources.calendar.booked')}
        </li>
        <li>
          <span className="wcal__swatch wcal__busy wcal__busy--mine" /> {t('resources.calendar.mine')}
        </li>
        <li>
          <span className="wcal__swatch wcal__busy wcal__busy--own" /> {t('resources.calendar.ownerUse')}
        </li>
        {data?.canManage ? (
          <li>
            <span className="wcal__swatch wcal__pending" /> {t('resources.calendar.pending')}
          </li>
        ) : null}
        <li>
          <span className="wcal__swatch wcal__closed" /> {t('resources.calendar.closed')}
        </li>
      </ul>
      {data ? (
        <div className="visually-hidden">
          <h3>{t('resources.calendar.listTitle')}</h3>
          <ul>
            {data.open.length === 0 ? <li>{t('resources.calendar.closedAllWeek')}</li> : null}
            {blocks
              .filter((b) => b.className !== 'wcal__open')
              .map((b) => (
                <li key={b.key}>{b.title}</li>
              ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
