import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, NavLink } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { eventPath } from '../events/event-paths';
import { AgendaTab } from './agenda-tab';
import { CatalogueTab } from './catalogue-tab';
import { conventionApi, conventionPath, conventionsPath, coordinatorTabs, participantTabs, type ConventionTab } from './convention-paths';
import type { Convention, MySide } from './convention-types';
import { ProfileTab } from './profile-tab';
import { RequestsTab } from './requests-tab';
import { ScheduleTab } from './schedule-tab';
import { SetupTab } from './setup-tab';
import { StatisticsTab } from './statistics-tab';
import { TablePlanTab } from './table-plan-tab';
import { formatDay } from './convention-format';
import './convention.css';

/**
 * One business convention: the participant's tabs (profile, catalogue, requests, agenda) and, for coordinators,
 * the day's setup, the schedule, the table plan and the statistics.
 */
export function ConventionPage({ slug, eventId, tab }: { slug: string; eventId: string; tab: ConventionTab | undefined }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const convention = useApi<Convention>(conventionApi(eventId));
  const mine = useApi<MySide>(`${conventionApi(eventId, '/me')}?locale=${locale}`);
  if (convention.error)
    return (
      <>
        <PageHeader title={t('convention.notFound')} />
        <Banner tone="error">{errorText(t, convention.error).text}</Banner>
        <p>
          <Link to={conventionsPath(slug)}>← {t('convention.backToList')}</Link>
        </p>
      </>
    );
  const c = convention.data;
  const me = mine.data;
  if (!c || !me) return <Loading />;
  const hasProfile = !!me.participant;
  const shown: ConventionTab = tab ?? (c.manage && !hasProfile ? 'schedule' : hasProfile ? 'catalogue' : 'profile');
  const reload = () => {
    convention.reload();
    mine.reload();
  };
  const title = pickTranslation(c.title, locale);
  return (
    <>
      <p className="breadcrumb">
        <Link to={conventionsPath(slug)}>← {t('convention.backToList')}</Link>
      </p>
      <PageHeader
        eyebrow={t('convention.eyebrow')}
        title={title}
        lead={
          <p>
            {formatDay(c.startsAt, locale, c.timeZone)} · <Link to={eventPath(slug, eventId)}>{t('convention.eventPage')}</Link>
          </p>
        }
      />
      {!me.registration || me.registration.status !== 'confirmed' ? (
        c.manage ? null : (
          <Banner tone="info">
            {t('convention.registerFirst')} <Link to={eventPath(slug, eventId)}>{t('convention.eventPage')}</Link>
          </Banner>
        )
      ) : null}
      <nav className="tabs convention-tabs" aria-label={t('convention.tabsLabel')}>
        {me.registration?.status === 'confirmed'
          ? participantTabs.map((id) => (
              <NavLink key={id} to={conventionPath(slug, eventId, id)} aria-current={shown === id ? 'page' : undefined}>
                {t(`convention.tabs.${id}`)}
              </NavLink>
            ))
          : null}
        {c.manage
          ? coordinatorTabs.map((id) => (
              <NavLink key={id} to={conventionPath(slug, eventId, id)} aria-current={shown === id ? 'page' : undefined}>
                {t(`convention.tabs.${id}`)}
              </NavLink>
            ))
          : null}
      </nav>
      {shown === 'profile' ? <ProfileTab eventId={eventId} me={me} onSaved={reload} catalogueHref={conventionPath(slug, eventId, 'catalogue')} /> : null}
      {shown === 'catalogue' ? <CatalogueTab eventId={eventId} hasProfile={hasProfile || c.manage} profileHref={conventionPath(slug, eventId, 'profile')} deadline={c.requestDeadline} /> : null}
      {shown === 'requests' ? <RequestsTab eventId={eventId} /> : null}
      {shown === 'agenda' ? <AgendaTab eventId={eventId} convention={c} participantId={me.participant?.id ?? null} /> : null}
      {c.manage && shown === 'setup' ? <SetupTab convention={c} onSaved={reload} /> : null}
      {c.manage && shown === 'schedule' ? <ScheduleTab convention={c} onChanged={reload} /> : null}
      {c.manage && shown === 'tables' ? <TablePlanTab convention={c} /> : null}
      {c.manage && shown === 'statistics' ? <StatisticsTab eventId={eventId} /> : null}
    </>
  );
}
