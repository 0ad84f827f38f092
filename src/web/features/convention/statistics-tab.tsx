import { useTranslation } from 'react-i18next';
import { Loading, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { conventionApi } from './convention-paths';
import { outcomeLevels, participantRoles, type Statistics } from './convention-types';

/** What the convention achieved: participation, requests and acceptance, meetings held and missed, outcomes. */
export function StatisticsTab({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const stats = useApi<Statistics>(conventionApi(eventId, '/statistics'));
  const s = stats.data;
  if (!s) return <Loading />;
  const count = (label: string, value: string | number) => (
    <div className="count">
      <dt className="count__label">{label}</dt>
      <dd className="count__value">{value}</dd>
    </div>
  );
  return (
    <div className="stack">
      <Section title={t('convention.stats.participation')} id="stats-participation">
        <dl className="counts">
          {count(t('convention.stats.participants'), s.participants)}
          {participantRoles.map((r) => count(t(`convention.roles.${r}`), s.participantsByRole[r]))}
          {count(t('convention.stats.checkedIn'), s.checkedIn)}
        </dl>
      </Section>
      <Section title={t('convention.stats.requests')} id="stats-requests">
        <dl className="counts">
          {count(t('convention.stats.requestsTotal'), s.requests.total)}
          {count(t('convention.requestStatus.accepted'), s.requests.accepted)}
          {count(t('convention.requestStatus.declined'), s.requests.declined)}
          {count(t('convention.requestStatus.pending'), s.requests.pending)}
          {count(t('convention.stats.acceptanceRate'), s.acceptanceRate === null ? '—' : `${Math.round(s.acceptanceRate * 100)} %`)}
        </dl>
      </Section>
      <Section title={t('convention.stats.meetings')} id="stats-meetings">
        <dl className="counts">
          {count(t('convention.meetingStatus.scheduled'), s.meetings.scheduled)}
          {count(t('convention.stats.held'), s.meetingsHeld)}
          {count(t('convention.stats.noShows'), s.noShows)}
          {count(t('convention.meetingStatus.unscheduled'), s.meetings.unscheduled)}
        </dl>
      </Section>
      <Section title={t('convention.stats.outcomes')} id="stats-outcomes">
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('convention.stats.outcome')}</th>
                <th scope="col" className="table__number">
                  {t('convention.outcome.atEvent')}
                </th>
                <th scope="col" className="table__number">
                  {t('convention.outcome.followup')}
                </th>
              </tr>
            </thead>
            <tbody>
              {outcomeLevels.map((l) => (
                <tr key={l}>
                  <th scope="row">{t(`convention.outcomes.${l}`)}</th>
                  <td className="table__number">{s.outcomes.event[l]}</td>
                  <td className="table__number">{s.outcomes.followup[l]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">{t('convention.stats.summary', { answered: s.meetingsWithOutcome, negotiations: s.negotiationsOrBetter, agreements: s.agreements })}</p>
      </Section>
    </div>
  );
}
