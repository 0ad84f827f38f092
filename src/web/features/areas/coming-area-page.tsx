import { useTranslation } from 'react-i18next';
import { Link } from '../../router/router';
import type { AreaId } from '../../shared/areas';
import { networkPath } from '../../shared/areas';
import { PageHeader } from '../../ui/page';

const points = ['a', 'b', 'c'] as const;

/** An area not built yet: what it will do, so the link leads somewhere useful. */
export function ComingAreaPage({ slug, area, networkName }: { slug: string; area: Exclude<AreaId, 'directory'>; networkName?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        eyebrow={networkName}
        title={t(`areas.${area}.title`)}
        lead={<p>{t(`areas.${area}.summary`)}</p>}
        actions={<span className="tag tag--soon tag--large">{t('coming.badge')}</span>}
      />
      <section className="card coming" aria-labelledby="coming-title">
        <h2 id="coming-title" className="card__title">
          {t('coming.title')}
        </h2>
        <p>{t(`areas.${area}.description`)}</p>
        <ul className="coming__points">
          {points.map((p) => (
            <li key={p}>{t(`areas.${area}.points.${p}`)}</li>
          ))}
        </ul>
        <p className="muted">{t('coming.note')}</p>
        <p>
          <Link to={networkPath(slug)} className="button button--ghost">
            {t('coming.back')}
          </Link>
        </p>
      </section>
    </>
  );
}
