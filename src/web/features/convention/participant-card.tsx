import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { CountryBadge } from '../directory/country-badge';
import { CodeTags } from './code-list';
import { languageName } from './convention-format';
import type { Participant } from './convention-types';
import { RequestForm } from './request-form';

/** A participant in the catalogue: who, what they offer and seek, languages, and the way to ask for a meeting. */
export function ParticipantCard({ eventId, p, extra, canRequest, onRequested }: { eventId: string; p: Participant; extra?: ReactNode; canRequest: boolean; onRequested: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [asking, setAsking] = useState(false);
  const status = p.request ? t(`convention.requestState.${p.request.direction}_${p.request.status as 'pending'}`) : null;
  return (
    <article className="participant-card" aria-labelledby={`p-${p.id}`}>
      <header className="participant-card__head">
        <h3 id={`p-${p.id}`} className="participant-card__name">
          {p.name}
        </h3>
        <span className={`tag role role--${p.role}`}>{t(`convention.roles.${p.role}`)}</span>
      </header>
      {p.organisation ? (
        <p className="participant-card__org">
          {p.organisation.name} <CountryBadge country={p.organisation.country} />
        </p>
      ) : null}
      {p.presentation ? <p className="participant-card__text">{p.presentation}</p> : null}
      {p.offerCodes.length || p.offerKeywords.length ? (
        <div className="participant-card__side">
          <h4>{t('convention.card.offers')}</h4>
          <CodeTags codes={p.offerCodes} />
          {p.offerKeywords.length ? <p className="muted">{p.offerKeywords.join(', ')}</p> : null}
        </div>
      ) : null}
      {p.needCodes.length || p.needKeywords.length ? (
        <div className="participant-card__side">
          <h4>{t('convention.card.needs')}</h4>
          <CodeTags codes={p.needCodes} />
          {p.needKeywords.length ? <p className="muted">{p.needKeywords.join(', ')}</p> : null}
        </div>
      ) : null}
      {p.languages.length ? <p className="muted">{t('convention.card.languages', { languages: p.languages.map((l) => languageName(l, locale)).join(', ') })}</p> : null}
      {extra}
      <footer className="participant-card__actions">
        {p.you ? <span className="tag">{t('convention.card.you')}</span> : status ? <span className="tag tag--accent">{status}</span> : null}
        {!p.you && !p.request && canRequest && !asking ? (
          <button type="button" className="button button--primary button--small" onClick={() => setAsking(true)}>
            {t('convention.card.ask')}
          </button>
        ) : null}
      </footer>
      {asking ? (
        <RequestForm
          eventId={eventId}
          recipientId={p.id}
          recipientName={p.name}
          onCancel={() => setAsking(false)}
          onSent={() => {
            setAsking(false);
            onRequested();
          }}
        />
      ) : null}
    </article>
  );
}
