import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { SelectField } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import { Loading, Section } from '../../ui/page';
import { SearchBox } from '../../ui/search-box';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { conventionApi } from './convention-paths';
import { refusalText } from './convention-errors';
import { languageName } from './convention-format';
import { participantRoles, spokenLanguages, type Participant, type Suggestion } from './convention-types';
import { ParticipantCard } from './participant-card';
import { Reasons } from './reason-text';

/** Whom to meet: suggestions with their reasons, then every participant with search and filters. */
export function CatalogueTab({ eventId, hasProfile, profileHref, deadline }: { eventId: string; hasProfile: boolean; profileHref: string; deadline: string | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [nace, setNace] = useState('');
  const [language, setLanguage] = useState('');
  const [country, setCountry] = useState('');
  const [page, setPage] = useState(1);
  const words = useDebounced(q.trim(), 250);
  const code = useDebounced(nace.trim(), 250);
  const list = useApi<{ total: number; items: Participant[]; pageSize: number }>(
    hasProfile ? conventionApi(eventId, `/participants${query({ q: words, role, nace: code, language, country, page, pageSize: 24 })}`) : null,
  );
  const suggestions = useApi<{ items: Suggestion[] }>(hasProfile ? conventionApi(eventId, '/suggestions') : null);
  const closed = !!deadline && new Date(deadline) < new Date();
  if (!hasProfile)
    return (
      <Banner tone="info">
        {t('convention.catalogue.profileFirst')} <Link to={profileHref}>{t('convention.tabs.profile')}</Link>
      </Banner>
    );
  const refresh = () => {
    list.reload();
    suggestions.reload();
  };
  return (
    <div className="stack">
      {deadline ? <p className={closed ? 'banner banner--info' : 'muted'}>{t(closed ? 'convention.catalogue.deadlinePassed' : 'convention.catalogue.deadline', { date: formatDateTime(deadline, locale) })}</p> : null}
      <Section title={t('convention.catalogue.suggestions')} id="suggestions">
        {suggestions.data ? (
          suggestions.data.items.length ? (
            <div className="participant-grid">
              {suggestions.data.items.slice(0, 6).map((s) => (
                <ParticipantCard
                  key={s.participantId}
                  eventId={eventId}
                  p={s.participant}
                  canRequest={!closed}
                  onRequested={refresh}
                  extra={
                    <div className="participant-card__why">
                      <h4>{t('convention.catalogue.why')}</h4>
                      <Reasons reasons={s.reasons} noCommonLanguage={s.noCommonLanguage} />
                    </div>
                  }
                />
              ))}
            </div>
          ) : (
            <p className="muted">{t('convention.catalogue.noSuggestions')}</p>
          )
        ) : (
          <Loading />
        )}
      </Section>
      <Section title={t('convention.catalogue.all')} id="catalogue">
        <div className="catalogue-filters">
          <SearchBox label={t('convention.catalogue.search')} value={q} onValue={(v) => { setQ(v); setPage(1); }} placeholder={t('convention.catalogue.searchPlaceholder')} />
          <SelectField label={t('convention.catalogue.role')} value={role} onValue={(v) => { setRole(v); setPage(1); }} options={[{ value: '', label: t('convention.catalogue.any') }, ...participantRoles.map((r) => ({ value: r, label: t(`convention.roles.${r}`) }))]} />
          <label className="field">
            <span className="field__label">{t('convention.catalogue.nace')}</span>
            <input className="input" value={nace} onChange={(e) => { setNace(e.target.value); setPage(1); }} placeholder="C16, 56.21…" />
          </label>
          <SelectField label={t('convention.catalogue.language')} value={language} onValue={(v) => { setLanguage(v); setPage(1); }} options={[{ value: '', label: t('convention.catalogue.any') }, ...spokenLanguages.map((l) => ({ value: l, label: languageName(l, locale) }))]} />
          <SelectField label={t('convention.catalogue.country')} value={country} onValue={(v) => { setCountry(v); setPage(1); }} options={[{ value: '', label: t('convention.catalogue.any') }, ...(['BE', 'LU', 'FR', 'DE', 'NL'] as const).map((c) => ({ value: c, label: t(`countries.${c}`) }))]} />
        </div>
        {list.error ? <Banner tone="error">{refusalText(t, list.error) ?? errorText(t, list.error).text}</Banner> : null}
        {list.data ? (
          <>
            <p className="muted catalogue-count" role="status">
              {t('convention.catalogue.count', { n: list.data.total })}
            </p>
            <div className="participant-grid">
              {list.data.items.map((p) => (
                <ParticipantCard key={p.id} eventId={eventId} p={p} canRequest={!closed} onRequested={refresh} />
              ))}
            </div>
            {list.data.total > page * list.data.pageSize || page > 1 ? (
              <div className="toolbar">
                <button type="button" className="button button--ghost button--small" disabled={page === 1} onClick={() => setPage((p) => p - 1)}>
                  {t('pagination.previous')}
                </button>
                <button type="button" className="button button--ghost button--small" disabled={list.data.total <= page * list.data.pageSize} onClick={() => setPage((p) => p + 1)}>
                  {t('pagination.next')}
                </button>
              </div>
            ) : null}
          </>
        ) : (
          <Loading />
        )}
      </Section>
    </div>
  );
}
