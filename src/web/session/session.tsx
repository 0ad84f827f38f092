import i18next from 'i18next';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api, setCsrfToken, setSessionLostHandler } from '../api/client';
import type { Locale, Me, User } from '../api/types';
import { currentLocale, storeLocale } from '../i18n/i18n';

type Status = 'loading' | 'ready' | 'failed';

interface SessionValue {
  status: Status;
  me: Me;
  refresh: () => Promise<Me>;
  signIn: (email: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
  changeLocale: (locale: Locale) => Promise<void>;
}

const signedOut: Me = { user: null, csrfToken: null, networks: [], organisations: [] };
const SessionContext = createContext<SessionValue | null>(null);

/** Loads /api/me once, and keeps who is signed in, their networks and the CSRF token for writes. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me>(signedOut);

  const refresh = useCallback(async () => {
    const next = await api.get<Me>('/me');
    setCsrfToken(next.csrfToken);
    // Signed in, the account's language is the one shown: it follows the person from one device to the next.
    if (next.user && next.user.locale !== currentLocale()) await i18next.changeLanguage(next.user.locale);
    if (next.user) storeLocale(next.user.locale);
    setMe(next);
    setStatus('ready');
    return next;
  }, []);

  useEffect(() => {
    refresh().catch(() => setStatus('failed'));
  }, [refresh]);

  // A session that ends under our feet (expiry, sign-out in another tab) sends the person back to the sign-in page.
  useEffect(() => {
    setSessionLostHandler(() => {
      setCsrfToken(null);
      setMe(signedOut);
    });
    return () => setSessionLostHandler(null);
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await api.post<{ user: User; csrfToken: string }>('/auth/sign-in', { email, password });
      setCsrfToken(result.csrfToken);
      await refresh();
      return result.user;
    },
    [refresh],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/sign-out');
    } finally {
      setCsrfToken(null);
      setMe(signedOut);
    }
  }, []);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      await i18next.changeLanguage(locale);
      storeLocale(locale);
      if (me.user && me.user.locale !== locale) {
        const user = await api.patch<User>('/me', { locale });
        setMe((prev) => ({ ...prev, user }));
      }
    },
    [me.user],
  );

  const value = useMemo(() => ({ status, me, refresh, signIn, signOut, changeLocale }), [status, me, refresh, signIn, signOut, changeLocale]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for pages the router shows to signed-in people. */
export function useUser(): User {
  const { me } = useSession();
  if (!me.user) throw new Error('useUser needs a signed-in user');
  return me.user;
}
