import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import type { SponsorFallout as Fallout } from '../reports/reporting-types';
import { formatFigure } from '../dashboard/format';

/** What the sponsor got from the event, from what the platform recorded. */
export function SponsorFallout({ id, currency }: { id: string; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data } = useApi<Fallout>(`/sponsors/${encodeURIComponent(id)}/fallout`);
  if (!data) return <Loading />;
  const money = (cents: number) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
  const rows: [string, string][] = [
    [t('reporting.sponsors.attended'), formatFigure(data.attendance.attended, locale)],
    [t('reporting.sponsors.organisations'), `${data.attendance.organisations}${data.attendance.countries.length ? ` (${data.attendance.countries.join(', ')})` : ''}`],
    [t('reporting.sponsors.reachTotal'), `${formatFigure(data.reach.total, locale)}${data.reach.reported !== null ? ` — ${t('reporting.sponsors.reachSplit', { registrations: data.reach.registrations, reported: data.reach.reported })}` : ''}`],
    [t('reporting.sponsors.meetingsAtEvent'), String(data.meetings.heldAtEvent)],
    [t('reporting.sponsors.meetingsBySponsor'), `${data.meetings.heldBySponsor} (${t('reporting.sponsors.agreements', { n: data.meetings.agreementsBySponsor })})`],
    [t('reporting.sponsors.rating'), data.feedback.rating === null ? '—' : `${formatFigure(data.feedback.rating, locale)} / 5 (${data.feedback.answers})`],
    [t('reporting.sponsors.promisesKept'), `${data.promises.delivered} / ${data.promises.total}`],
    [t('reporting.sponsors.costPerAttendee'), data.costPerAttendee === null ? '—' : money(data.costPerAttendee)],
  ];
  return (
    <div className="fallout">
      {!data.event.held ? <p className="muted">{t('reporting.sponsors.notHeld')}</p> : null}
      <dl className="fallout__list">
        {rows.map(([k, v]) => (
          <div key={k} className="fallout__row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
