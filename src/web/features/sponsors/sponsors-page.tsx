import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { Banner } from '../../ui/banner';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { Loading, PageHeader, Section } from '../../ui/page';
import { Link, useSearchParam } from '../../router/router';
import { useApi } from '../../ui/use-api';
import { formatDay } from '../dashboard/format';
import { NetworkError } from '../networks/network-error';
import { useNetwork } from '../networks/use-network';
import { ReportingNav } from '../reports/reporting-nav';
import { reportingErrorText } from '../reports/reporting-errors';
import { sponsorsPath } from '../reports/reporting-paths';
import type { Sponsor } from '../reports/reporting-types';
import { SponsorFallout } from './sponsor-fallout';
import '../reports/reporting.css';

const packages = ['platinum', 'gold', 'silver', 'bronze', 'partner', 'in_kind'] as const;
const promiseKinds = ['logo', 'stand', 'talk', 'mention', 'tickets', 'other'] as const;

function AddSponsor({ slug, onAdded, initialEvent }: { slug: string; onAdded: () => void; initialEvent: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const events = useApi<{ id: string; title: Record<string, string>; at: string }[]>(`/networks/${encodeURIComponent(slug)}/roadmap-candidates?kind=event`);
  const [eventId, setEventId] = useState(initialEvent);
  const [name, setName] = useState('');
  const [pkg, setPkg] = useState<string>('gold');
  const [amount, setAmount] = useState('');
  const [reach, setReach] = useState('');
  const [promises, setPromises] = useState<Set<string>>(new Set(['logo']));
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setError(null);
    try {
      await api.post(`/events/${encodeURIComponent(eventId)}/sponsors`, {
        name,
        package: pkg,
        ...(amount ? { amountCents: Math.round(Number(amount) * 100) } : {}),
        ...(reach ? { reportedReach: Number(reach) } : {}),
        promises: [...promises].map((kind) => ({ kind })),
      });
      setName('');
      setAmount('');
      setReach('');
      onAdded();
    } catch (cause) {
      setError(cause);
    }
  };
  const failure = error ? reportingErrorText(t, error) : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (eventId && name.trim()) void submit();
      }}
    >
      <div className="form-grid">
        <SelectField label={t('reporting.sponsors.event')} value={eventId} onValue={setEventId} required options={[{ value: '', label: '—' }, ...(events.data ?? []).map((e) => ({ value: e.id, label: `${formatDay(e.at, locale)} — ${pickTranslation(e.title, locale)}` }))]} />
        <TextField label={t('reporting.sponsors.name')} value={name} onValue={setName} required maxLength={200} error={failure?.field === 'name' ? failure.text : undefined} />
        <SelectField label={t('reporting.sponsors.package')} value={pkg} onValue={setPkg} options={packages.map((p) => ({ value: p, label: t(`reporting.sponsors.packages.${p}`) }))} />
        <TextField type="number" min={0} step="0.01" label={t('reporting.sponsors.amount')} value={amount} onValue={setAmount} error={failure?.field === 'amountCents' ? failure.text : undefined} />
        <TextField type="number" min={0} label={t('reporting.sponsors.reach')} hint={t('reporting.sponsors.reachHint')} value={reach} onValue={setReach} />
      </div>
      <fieldset className="fieldset">
        <legend>{t('reporting.sponsors.promises')}</legend>
        {promiseKinds.map((k) => (
          <Checkbox
            key={k}
            label={t(`reporting.sponsors.promiseKinds.${k}`)}
            checked={promises.has(k)}
            onChecked={(on) => {
              const next = new Set(promises);
              if (on) next.add(k);
              else next.delete(k);
              setPromises(next);
            }}
          />
        ))}
      </fieldset>
      {failure && !failure.field ? <Banner tone="error">{failure.text}</Banner> : null}
      <button type="submit" className="button button--primary" disabled={!eventId || !name.trim()}>
        {t('reporting.sponsors.add')}
      </button>
    </form>
  );
}

/** Sponsors of the network's events: packages, promises kept, and the fallout report of each (coordinators). */
export function SponsorsPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data: network, error: networkError } = useNetwork(slug);
  const list = useApi<Sponsor[]>(`/networks/${encodeURIComponent(slug)}/sponsors`);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Opened from an event page: that event's sponsors, and the form set on it.
  const only = useSearchParam('event') ?? '';
  const shown = (list.data ?? []).filter((s) => !only || s.eventId === only);
  if (networkError) return <NetworkError error={networkError} />;
  if (!network) return <Loading />;
  const toggle = async (s: Sponsor, promiseId: string) => {
    setError(null);
    try {
      await api.patch(`/sponsors/${encodeURIComponent(s.id)}`, {
        promises: s.promises.map((p) => ({ kind: p.kind, detail: p.detail, status: p.id === promiseId ? (p.status === 'delivered' ? 'promised' : 'delivered') : p.status })),
      });
      list.reload();
    } catch (cause) {
      setError(cause);
    }
  };
  const money = (s: Sponsor) => (s.amountCents === null ? '—' : new Intl.NumberFormat(locale, { style: 'currency', currency: s.currency }).format(s.amountCents / 100));
  return (
    <>
      <PageHeader eyebrow={network.name} title={t('reporting.sponsors.title')} lead={<p>{t('reporting.sponsors.lead')}</p>} />
      <ReportingNav slug={slug} />
      {list.error ? <Banner tone="error">{reportingErrorText(t, list.error).text}</Banner> : null}
      {error ? <Banner tone="error">{reportingErrorText(t, error).text}</Banner> : null}
      {only ? (
        <p>
          {t('reporting.sponsors.oneEvent')} <Link to={sponsorsPath(slug)}>{t('reporting.sponsors.allEvents')}</Link>
        </p>
      ) : null}
      {list.data && shown.length === 0 ? <p className="muted">{t('reporting.sponsors.empty')}</p> : null}
      <ul className="sponsor-list">
        {shown.map((s) => (
          <li key={s.id} className="card sponsor">
            <div className="sponsor__head">
              <h2 className="card__title">{s.name}</h2>
              <span className={`tag tag--package-${s.package}`}>{t(`reporting.sponsors.packages.${s.package as 'gold'}`)}</span>
            </div>
            <p className="muted">
              {pickTranslation(s.eventTitle, locale)} — {formatDay(s.eventStartsAt, locale)} · {money(s)}
            </p>
            <ul className="promises">
              {s.promises.map((p) => (
                <li key={p.id}>
                  <Checkbox label={`${t(`reporting.sponsors.promiseKinds.${p.kind as 'logo'}`)}${p.detail ? ` — ${p.detail}` : ''}`} checked={p.status === 'delivered'} onChecked={() => void toggle(s, p.id)} />
                </li>
              ))}
            </ul>
            <button type="button" className="button button--small button--ghost" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
              {t('reporting.sponsors.fallout')}
            </button>
            {open === s.id ? <SponsorFallout id={s.id} currency={s.currency} /> : null}
          </li>
        ))}
      </ul>
      <Section title={t('reporting.sponsors.addTitle')} id="add-sponsor-title">
        <AddSponsor key={only} slug={slug} onAdded={list.reload} initialEvent={only} />
      </Section>
    </>
  );
}
