import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Translated } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { Loading, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useNaceLabels } from '../directory/use-nace-labels';
import { eventPath } from '../events/event-paths';
import { conceptName, useConceptLabels } from '../posts/use-concepts';

interface Cell {
  key: string;
  firms: number;
  headcount: number;
  needs: number;
}

interface Demand {
  minFirms: number;
  recruitment: { byOccupation: Cell[]; bySector: Cell[]; byTerritory: Cell[] };
  training: { bySkill: Cell[]; bySector: Cell[]; byTerritory: Cell[] };
  concepts: Record<string, Translated>;
}

interface Proposal {
  key: string;
  firms: number;
  headcount: number;
  topics: string[];
  earliest: string | null;
  postIds: string[];
}

/** Anonymised demand for training providers, and the collective trainings several firms' needs call for. */
export function DemandTables({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const demand = useApi<Demand>(`/networks/${encodeURIComponent(slug)}/demand`);
  const proposals = useApi<Proposal[]>(`/networks/${encodeURIComponent(slug)}/collective-trainings`);
  const cells = demand.data ? [...demand.data.recruitment.bySector, ...demand.data.training.bySector].map((c) => c.key) : [];
  const nace = useNaceLabels(cells.filter((c) => /^[A-Z]\d{2}$/.test(c)));
  const proposalLabels = useConceptLabels((proposals.data ?? []).map((p) => p.key).filter((k) => !k.startsWith('topic:')));
  if (demand.error) return <Banner tone="error">{errorText(t, demand.error).text}</Banner>;
  if (!demand.data) return <Loading />;
  const d = demand.data;
  const name = (key: string, kind: 'concept' | 'sector' | 'territory') => {
    if (key === 'other') return t('skills.demand.other');
    if (key === 'unknown') return t('skills.demand.unknown');
    if (kind === 'sector') return `${key} ${nace(key)}`;
    if (kind === 'territory') return t(`skills.territories.${key as 'BE'}`);
    if (key.startsWith('topic:')) return key.slice(6);
    return conceptName(key, d.concepts, locale);
  };
  const table = (title: string, rows: Cell[], kind: 'concept' | 'sector' | 'territory') => (
    <div className="table-wrap">
      <table className="table">
        <caption className="subhead">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('skills.demand.what')}</th>
            <th scope="col" className="table__number">{t('skills.demand.firms')}</th>
            <th scope="col" className="table__number">{t('skills.demand.people')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length ? (
            rows.map((r) => (
              <tr key={r.key}>
                <td>{name(r.key, kind)}</td>
                <td className="table__number">{r.firms}</td>
                <td className="table__number">{r.headcount}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={3} className="muted">
                {t('skills.demand.none')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
  return (
    <>
      <Section title={t('skills.demand.title')} id="demand-title">
        <p className="muted">{t('skills.demand.lead', { n: d.minFirms })}</p>
        <div className="demand-grid">
          {table(t('skills.demand.byOccupation'), d.recruitment.byOccupation, 'concept')}
          {table(t('skills.demand.bySkill'), d.training.bySkill, 'concept')}
          {table(t('skills.demand.recruitmentBySector'), d.recruitment.bySector, 'sector')}
          {table(t('skills.demand.trainingBySector'), d.training.bySector, 'sector')}
          {table(t('skills.demand.recruitmentByTerritory'), d.recruitment.byTerritory, 'territory')}
          {table(t('skills.demand.trainingByTerritory'), d.training.byTerritory, 'territory')}
        </div>
      </Section>
      <Section title={t('skills.collective.title')} id="collective-title">
        <p className="muted">{t('skills.collective.lead')}</p>
        {proposals.data?.length ? (
          <ul className="proposal-list">
            {proposals.data.map((p) => (
              <li key={p.key} className="proposal">
                <p>
                  <strong>{p.key.startsWith('topic:') ? p.key.slice(6) : conceptName(p.key, proposalLabels, locale)}</strong>
                </p>
                <p className="muted">{t('skills.collective.figures', { firms: p.firms, people: p.headcount })}</p>
                {p.topics.length ? <p className="muted">{p.topics.join(' · ')}</p> : null}
                {p.postIds.length ? <ProposeForm slug={slug} proposal={p} onDone={proposals.reload} /> : null}
              </li>
            ))}
          </ul>
        ) : proposals.data ? (
          <p className="empty">{t('skills.collective.none')}</p>
        ) : null}
      </Section>
    </>
  );
}

function ProposeForm({ slug, proposal, onDone }: { slug: string; proposal: Proposal; onDone: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [title, setTitle] = useState(proposal.topics[0] ?? '');
  const [day, setDay] = useState(proposal.earliest ?? '');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (created)
    return (
      <Banner tone="success">
        <Link to={eventPath(slug, created)}>{t('skills.collective.created')}</Link>
      </Banner>
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await api.post<{ eventId: string }>(`/networks/${encodeURIComponent(slug)}/collective-trainings`, {
        postIds: proposal.postIds,
        title: { [me.user?.locale ?? 'fr']: title },
        startsAt: new Date(`${day}T08:30:00`).toISOString(),
        endsAt: new Date(`${day}T16:30:00`).toISOString(),
      });
      setCreated(r.eventId);
      onDone();
    } catch (err) {
      setError(errorText(t, err).text);
    }
  };
  return (
    <form onSubmit={submit} className="form-grid">
      {error ? <Banner tone="error">{error}</Banner> : null}
      <TextField label={t('skills.collective.sessionTitle')} value={title} onValue={setTitle} required maxLength={300} />
      <TextField label={t('skills.collective.day')} type="date" value={day} onValue={setDay} required />
      <p>
        <button type="submit" className="button button--primary" disabled={!title || !day}>
          {t('skills.collective.propose')}
        </button>
      </p>
    </form>
  );
}
