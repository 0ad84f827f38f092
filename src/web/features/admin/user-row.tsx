import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/types';
import { formatDateTime } from '../../ui/format';

/** One account in the admin list, with the button that disables or re-enables it (not for oneself). */
export function UserRow({ user, isMe, busy, onToggle }: { user: AdminUser; isMe: boolean; busy: boolean; onToggle: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <tr className={user.disabled ? 'table__row--muted' : undefined}>
      <td data-label={t('fields.name')} className="table__primary">
        {user.name || '—'}
        {user.isAdmin ? <span className="tag tag--accent">{t('admin.users.admin')}</span> : null}
      </td>
      <td data-label={t('fields.email')} className="table__wrap">
        {user.email}
      </td>
      <td data-label={t('language.label')}>{t(`language.names.${user.locale}`)}</td>
      <td data-label={t('admin.users.status')}>
        <span className={user.disabled ? 'status status--failed' : 'status status--sent'}>
          {user.disabled ? t('admin.users.disabled') : t('admin.users.active')}
        </span>
      </td>
      <td data-label={t('admin.users.createdAt')} className="table__date">
        {formatDateTime(user.createdAt, i18n.language)}
      </td>
      <td className="table__actions">
        {isMe ? null : (
          <button type="button" className={user.disabled ? 'button button--ghost button--small' : 'button button--danger button--small'} disabled={busy} onClick={onToggle}>
            {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
            <span className="visually-hidden"> {user.email}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
