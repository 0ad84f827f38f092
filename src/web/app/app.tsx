import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, RouterProvider, useLocation } from '../router/router';
import { SessionProvider, useSession } from '../session/session';
import { Loading } from '../ui/page';
import { AppShell } from './app-shell';
import { AuthLayout } from './auth-layout';
import { resolveRoute } from './routes';
import { ForbiddenPage, ServerDownPage } from './simple-pages';

export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <CurrentPage />
      </SessionProvider>
    </RouterProvider>
  );
}

/** Moves focus to the main region after each client-side navigation, as a full page load would. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

function CurrentPage() {
  const { t } = useTranslation();
  const { status, me, refresh } = useSession();
  const { pathname, search } = useLocation();
  useFocusOnNavigation();

  if (status === 'loading')
    return (
      <div className="boot" aria-label={t('common.loading')}>
        <Loading />
      </div>
    );
  if (status === 'failed')
    return (
      <AuthLayout>
        <ServerDownPage onRetry={() => void refresh().catch(() => undefined)} />
      </AuthLayout>
    );

  const route = resolveRoute(pathname, me);
  if (route.access === 'guest') return me.user ? <Redirect to="/" /> : <AuthLayout>{route.render()}</AuthLayout>;
  if (route.access === 'public') return route.layout === 'bare' ? route.render() : <AuthLayout>{route.render()}</AuthLayout>;
  if (!me.user) {
    const next = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
    return <Redirect to={`/sign-in${next}`} />;
  }
  return (
    <AppShell networkSlug={route.networkSlug}>{route.access === 'admin' && !me.user.isAdmin ? <ForbiddenPage /> : route.render()}</AppShell>
  );
}
