import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { useSession } from '../../session/session';
import { Loading, PageHeader, Section } from '../../ui/page';
import { CategoriesPanel } from '../directory/categories-panel';
import { AreaCards } from './area-cards';
import { InviteForm } from './invite-form';
import { NetworkError } from './network-error';
import { OrganisationList } from './organisation-list';
import { useNetwork } from './use-network';

/** A network's front page: who runs it, what it is for, its areas, its members, and (for coordinators) invitations. */
export function NetworkHomePage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { data: network, error } = useNetwork(slug);

  if (error) return <NetworkError error={error} />;
  if (!network) return <Loading />;
  const roles = me.networks.find((n) => n.slug === network.slug)?.roles ?? [];
  const canInvite = roles.includes('coordinator') || !!me.user?.isAdmin;
  const description = pickTranslation(network.description, currentLocale());

  return (
    <>
      <PageHeader
        eyebrow={network.agency ? t('network.runBy', { agency: network.agency }) : undefined}
        title={network.name}
        lead={
          <>
            {description ? <p>{description}</p> : null}
            {roles.length ? (
              <p className="role-line">
                {t('network.yourRoles')}{' '}
                {roles.map((r) => (
                  <span key={r} className="tag tag--accent">
                    {t(`roles.${r}`)}
                  </span>
                ))}
              </p>
            ) : null}
          </>
        }
      />
      <Section title={t('network.areas')} id="areas-title">
        <AreaCards slug={network.slug} />
      </Section>
      <Section title={t('network.members')} id="members-title">
        <OrganisationList slug={network.slug} />
      </Section>
      <Section title={t('categories.title')} id="categories-title">
        <CategoriesPanel slug={network.slug} canManage={canInvite} />
      </Section>
      {canInvite ? (
        <Section title={t('invite.title')} id="invite-title">
          <InviteForm slug={network.slug} />
        </Section>
      ) : null}
    </>
  );
}
