import { useTranslation } from 'react-i18next';
import { locales } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { Loading, PageHeader, Section } from '../../ui/page';
import { showcasePath } from '../directory/paths';
import { NetworkError } from '../networks/network-error';
import { useNetwork } from '../networks/use-network';

/** The Showcase area inside the app: what the public page shows and links to it in each language. */
export function ShowcaseAreaPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data: network, error } = useNetwork(slug);
  if (error) return <NetworkError error={error} />;
  if (!network) return <Loading />;
  return (
    <>
      <PageHeader eyebrow={network.name} title={t('areas.showcase.title')} lead={<p>{t('areas.showcase.description')}</p>} />
      <Section title={t('showcase.publicPage')} id="public-page-title">
        <p>{t('showcase.publicPageLead')}</p>
        <p>
          <Link to={showcasePath(slug)} className="button button--primary">
            {t('showcase.open')}
          </Link>
        </p>
        <ul className="word-list">
          {locales.map((l) => (
            <li key={l}>
              <a href={`${showcasePath(slug)}?lang=${l}`} lang={l}>
                {t(`language.names.${l}`)}
              </a>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
