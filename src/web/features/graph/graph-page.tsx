import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { query } from '../../api/client';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { SelectField } from '../../ui/fields';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { organisationPath } from '../directory/paths';
import { useCategories } from '../directory/use-categories';
import { formatFigure } from '../dashboard/format';
import { usePeriod } from '../dashboard/period';
import { PeriodPicker } from '../dashboard/period-picker';
import { NetworkError } from '../networks/network-error';
import { useNetwork } from '../networks/use-network';
import { ReportingNav } from '../reports/reporting-nav';
import { reportingErrorText } from '../reports/reporting-errors';
import type { NetworkGraph } from '../reports/reporting-types';
import { GraphView } from './graph-view';
import '../reports/reporting.css';

const countries = ['BE', 'LU', 'FR', 'DE', 'NL'] as const;
const metricKeys = ['nodes', 'ties', 'density', 'newTies', 'crossBorderTies', 'isolatedMembers', 'largestComponent'] as const;

/** Who works with whom over the period (coordinators): the figures, the drawing, the brokers and the isolated. */
export function GraphPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data: network, error: networkError } = useNetwork(slug);
  const categories = useCategories(slug).data ?? [];
  const [period, setPeriod] = usePeriod();
  const [country, setCountry] = useState('');
  const [ecosystem, setEcosystem] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const graph = useApi<NetworkGraph>(`/networks/${encodeURIComponent(slug)}/graph${query({ from: period.from, to: period.to, country, ecosystem })}`);
  if (networkError) return <NetworkError error={networkError} />;
  if (!network) return <Loading />;
  const g = graph.data;
  const chosen = g && selected ? g.nodes.find((n) => n.id === selected) : undefined;
  const ties = g && chosen ? g.edges.filter((e) => e.a === chosen.id || e.b === chosen.id) : [];
  const nameOf = (id: string) => g?.nodes.find((n) => n.id === id)?.name ?? '';
  return (
    <>
      <PageHeader eyebrow={network.name} title={t('reporting.graph.title')} lead={<p>{t('reporting.graph.lead')}</p>} />
      <ReportingNav slug={slug} />
      <PeriodPicker value={period} onChange={setPeriod} />
      <div className="graph-filters">
        <SelectField label={t('reporting.graph.country')} value={country} onValue={setCountry} options={[{ value: '', label: t('reporting.graph.all') }, ...countries.map((c) => ({ value: c, label: t(`countries.${c}`) }))]} />
        <SelectField
          label={t('reporting.graph.ecosystem')}
          value={ecosystem}
          onValue={setEcosystem}
          options={[{ value: '', label: t('reporting.graph.all') }, ...categories.map((c) => ({ value: c.id, label: pickTranslation(c.name, locale) }))]}
        />
      </div>
      {graph.error ? <Banner tone="error">{reportingErrorText(t, graph.error).text}</Banner> : null}
      {!g ? (
        graph.error ? null : <Loading />
      ) : (
        <>
          <ul className="figures figures--graph" aria-label={t('reporting.graph.metricsLabel')}>
            {metricKeys.map((k) => (
              <li key={k} className="figure" data-metric={k}>
                <span className="figure__label">{t(`reporting.graph.metrics.${k}`)}</span>
                <span className="figure__value">{formatFigure(g.metrics[k], locale)}</span>
              </li>
            ))}
          </ul>
          {!g.metrics.betweennessExact ? <p className="muted">{t('reporting.graph.estimate')}</p> : null}
          {g.hiddenNodes > 0 ? <p className="muted">{t('reporting.graph.hidden', { n: g.hiddenNodes })}</p> : null}
          <div className="graph-layout">
            <GraphView graph={g} selected={selected} onSelect={setSelected} />
            <aside className="graph-side">
              <SelectField
                label={t('reporting.graph.pick')}
                value={selected ?? ''}
                onValue={(v) => setSelected(v || null)}
                options={[{ value: '', label: '—' }, ...[...g.nodes].sort((a, b) => a.name.localeCompare(b.name)).map((n) => ({ value: n.id, label: n.name }))]}
              />
              {chosen ? (
                <div className="graph-chosen" aria-live="polite">
                  <h3>
                    <Link to={organisationPath(slug, chosen.id)}>{chosen.name}</Link>
                  </h3>
                  <p>
                    {t(`countries.${chosen.country as 'BE'}`)} · {t('reporting.graph.degree', { n: chosen.degree })} · {t('reporting.graph.betweenness', { value: formatFigure(chosen.betweenness, locale) })}
                  </p>
                  <ul className="graph-chosen__ties">
                    {ties.map((e) => (
                      <li key={`${e.a}-${e.b}`}>
                        <button type="button" className="link-button" onClick={() => setSelected(e.a === chosen.id ? e.b : e.a)}>
                          {nameOf(e.a === chosen.id ? e.b : e.a)}
                        </button>{' '}
                        <span className="muted">— {e.vias.map((v) => t(`reporting.graph.vias.${v as 'meeting'}`)).join(', ')}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </aside>
          </div>
          <div className="columns">
            <Section title={t('reporting.graph.brokers')} id="brokers-title">
              <p className="muted">{t('reporting.graph.brokersLead')}</p>
              {g.brokers.length === 0 ? <p>{t('reporting.graph.none')}</p> : null}
              <ol className="ranked" data-testid="brokers">
                {g.brokers.map((b) => (
                  <li key={b.id}>
                    <button type="button" className="link-button" onClick={() => setSelected(b.id)}>
                      {b.name}
                    </button>{' '}
                    <span className="muted">
                      ({b.country}) · {t('reporting.graph.degree', { n: b.degree })}
                    </span>
                  </li>
                ))}
              </ol>
            </Section>
            <Section title={t('reporting.graph.isolated')} id="isolated-title">
              <p className="muted">{t('reporting.graph.isolatedLead')}</p>
              {g.isolated.length === 0 ? <p>{t('reporting.graph.none')}</p> : null}
              <ul className="word-list">
                {g.isolated.map((o) => (
                  <li key={o.id}>
                    <Link to={organisationPath(slug, o.id)}>{o.name}</Link>
                  </li>
                ))}
              </ul>
            </Section>
          </div>
        </>
      )}
    </>
  );
}
