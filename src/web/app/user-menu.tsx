import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from '../router/router';
import { useSession, useUser } from '../session/session';
import { useDisclosure } from '../ui/use-disclosure';

function initials(name: string, email: string): string {
  const source = name.trim() || email;
  const parts = source.split(/[\s.@_-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

/** The account menu: who is signed in, profile, administration (admins), sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { open, toggle, root, button } = useDisclosure(pathname);
  const menuId = useId();

  const doSignOut = async () => {
    await signOut().catch(() => undefined);
    navigate('/sign-in', { replace: true });
  };

  return (
    <div className="user-menu" ref={root}>
      <button ref={button} type="button" className="user-menu__button" aria-expanded={open} aria-controls={menuId} onClick={toggle}>
        <span className="avatar" aria-hidden="true">
          {initials(user.name, user.email)}
        </span>
        <span className="user-menu__name">{user.name || user.email}</span>
        <span className="visually-hidden">{t('shell.userMenu')}</span>
      </button>
      <div id={menuId} className="popover user-menu__panel" hidden={!open}>
        <p className="user-menu__who">
          <strong>{user.name || user.email}</strong>
          <span>{user.email}</span>
        </p>
        <ul className="menu-list">
          <li>
            <Link to="/profile">{t('shell.profile')}</Link>
          </li>
          {user.isAdmin ? (
            <li>
              <Link to="/admin/networks">{t('shell.administration')}</Link>
            </li>
          ) : null}
          <li>
            <button type="button" onClick={() => void doSignOut()}>
              {t('shell.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
