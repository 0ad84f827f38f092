import { useTranslation } from 'react-i18next';
import { Link } from '../../router/router';
import { conventionPath, type ConventionTab } from './convention-paths';
import './convention.css';

/**
 * On the page of an event in business-convention mode: the way into its one-to-one meetings. Everyone sees the
 * participants; a confirmed registrant also their profile and agenda; coordinators the day's setup, the schedule,
 * the table plan and the statistics.
 */
export function ConventionLinks({ slug, eventId, registered, manage }: { slug: string; eventId: string; registered: boolean; manage: boolean }) {
  const { t } = useTranslation();
  const link = (tab: ConventionTab, primary = false) => (
    <Link key={tab} to={conventionPath(slug, eventId, tab)} className={`button ${primary ? 'button--primary' : 'button--ghost'}`}>
      {t(`convention.tabs.${tab}`)}
    </Link>
  );
  return (
    <section className="card convention-links" aria-labelledby="convention-links-title">
      <h2 id="convention-links-title" className="card__title">
        {t('convention.links.title')}
      </h2>
      <p>{registered ? t('convention.links.leadRegistered') : t('convention.links.lead')}</p>
      <div className="convention-links__row">
        {link('catalogue', !manage)}
        {registered ? link('agenda') : null}
        {registered ? link('profile') : null}
      </div>
      {manage ? (
        <div className="convention-links__row">
          <span className="convention-links__label">{t('convention.links.coordinator')}</span>
          {link('setup')}
          {link('schedule', true)}
          {link('tables')}
          {link('statistics')}
        </div>
      ) : null}
    </section>
  );
}
