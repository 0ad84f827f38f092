import { useTranslation } from 'react-i18next';
import { NavLink } from '../../router/router';

/** Tabs between the administration pages. */
export function AdminTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('shell.administration')}>
      <NavLink to="/admin/networks">{t('admin.networks.title')}</NavLink>
      <NavLink to="/admin/users">{t('admin.users.title')}</NavLink>
      <NavLink to="/admin/outbox">{t('admin.outbox.title')}</NavLink>
    </nav>
  );
}
