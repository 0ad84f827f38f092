import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { PoolingFrame } from './pooling-frame';
import { poolingErrorText, priceText } from './resource-format';
import { editResourcePath, newResourcePath, resourcePath } from './resource-paths';
import type { ResourcePage } from './resource-types';

/** The resources of my organisations, withdrawn ones included, with a way to each one's calendar and settings. */
export function MyResourcesPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, error } = useApi<ResourcePage>(`/resources${query({ mine: 'true', pageSize: 50 })}`);
  return (
    <PoolingFrame slug={slug} title={t('resources.mine.title')} lead={<p>{t('resources.mine.lead')}</p>}>
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
      {data ? (
        data.items.length === 0 ? (
          <div className="empty">
            <p>{t('resources.mine.none')}</p>
            <Link to={newResourcePath(slug)} className="button button--primary">
              {t('resources.publish')}
            </Link>
          </div>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('resources.fields.name')}</th>
                  <th scope="col">{t('resources.fields.kind')}</th>
                  <th scope="col">{t('resources.form.owner')}</th>
                  <th scope="col">{t('resources.fields.price')}</th>
                  <th scope="col">{t('resources.form.who')}</th>
                  <th scope="col" className="table__actions">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id} className={r.status === 'archived' ? 'table__row--muted' : undefined}>
                    <td>
                      <Link to={resourcePath(slug, r.id)}>{r.name}</Link>
                      {r.status === 'archived' ? <p className="table__sub">{t('resources.archived')}</p> : null}
                    </td>
                    <td>{t(`resources.kinds.${r.kind}`)}</td>
                    <td>{r.owner.name}</td>
                    <td>{priceText(t, r, locale)}</td>
                    <td>{t(`resources.visibility.${r.visibility}`)}</td>
                    <td className="table__actions">
                      <Link to={editResourcePath(slug, r.id)} className="button button--ghost button--small">
                        {t('resources.edit')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : error ? null : (
        <Loading />
      )}
    </PoolingFrame>
  );
}
