import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import type { Translated } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useSearchParam } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { SelectField, TextField } from '../../ui/fields';
import { formatDateTime } from '../../ui/format';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useNetwork } from '../networks/use-network';
import { newPostPath, postPath } from '../posts/post-paths';
import type { ReferralStatus } from '../posts/post-types';
import { DemandTables } from './demand-tables';
import '../posts/posts.css';

export const needKinds = ['recruitment', 'apprenticeship', 'training'] as const;
export const territories = ['BE', 'BE-WAL', 'BE-BRU', 'BE-VLG', 'LU', 'FR', 'FR-GES', 'DE', 'NL'] as const;

interface ReferralRow {
  id: string;
  postId: string;
  status: ReferralStatus;
  dueAt: string | null;
  closedAt: string | null;
  postTitle: Translated;
  postKind: string;
  companyName: string;
  operatorName: string;
  headcount: number | null;
}

interface Rule {
  id: string;
  needKind: (typeof needKinds)[number];
  territory: (typeof territories)[number];
  postcodePrefixes: string[];
  operatorName: string;
  acknowledgeDays: number;
  proposeDays: number;
  concludeDays: number;
  active: boolean;
}

const tabs = ['referrals', 'rules', 'demand'] as const;
type Tab = (typeof tabs)[number];

/** GANESH for a network: needs referred to operators and their follow-up, the routing rules, the anonymised demand. */
export function SkillsPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const network = useNetwork(slug).data;
  const tabParam = useSearchParam('tab');
  const tab: Tab = (tabs as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'referrals';
  return (
    <>
      <PageHeader
        eyebrow={network?.name}
        title={t('skills.title')}
        lead={<p>{t('skills.lead')}</p>}
        actions={
          <>
            <Link to={newPostPath(slug, 'recruitment')} className="button button--primary">
              {t('skills.newRecruitment')}
            </Link>
            <Link to={newPostPath(slug, 'training_need')} className="button button--ghost">
              {t('skills.newTraining')}
            </Link>
          </>
        }
      />
      <nav className="tabs" aria-label={t('skills.title')}>
        {tabs.map((k) => (
          <Link key={k} to={`/n/${encodeURIComponent(slug)}/skills${k === 'referrals' ? '' : `?tab=${k}`}`} aria-current={k === tab ? 'page' : undefined}>
            {t(`skills.tabs.${k}`)}
          </Link>
        ))}
      </nav>
      {tab === 'referrals' ? <Referrals slug={slug} /> : tab === 'rules' ? <Rules slug={slug} /> : <DemandTables slug={slug} />}
    </>
  );
}

function Referrals({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [status, setStatus] = useState('live');
  const list = useApi<ReferralRow[]>(`/referrals${query({ network: slug, status })}`);
  return (
    <Section title={t('skills.referrals.title')} id="referrals-title">
      <p className="muted">{t('skills.referrals.lead')}</p>
      <SelectField
        label={t('skills.referrals.show')}
        value={status}
        onValue={setStatus}
        options={(['live', 'closed', 'all'] as const).map((s) => ({ value: s, label: t(`skills.referrals.filters.${s}`) }))}
      />
      {list.error ? <Banner tone="error">{errorText(t, list.error).text}</Banner> : null}
      {!list.data ? (
        list.error ? null : <Loading />
      ) : list.data.length ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('skills.referrals.need')}</th>
                <th scope="col">{t('skills.referrals.company')}</th>
                <th scope="col">{t('skills.referrals.operator')}</th>
                <th scope="col">{t('skills.referrals.status')}</th>
                <th scope="col">{t('skills.referrals.due')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((r) => {
                const overdue = !!r.dueAt && !r.closedAt && new Date(r.dueAt).getTime() < Date.now();
                return (
                  <tr key={r.id}>
                    <td>
                      <Link to={postPath(slug, r.postId)}>{pickTranslation(r.postTitle, locale)}</Link>
                      {r.headcount ? <span className="table__sub">{t('skills.referrals.headcount', { n: r.headcount })}</span> : null}
                    </td>
                    <td>{r.companyName}</td>
                    <td>{r.operatorName}</td>
                    <td>
                      <span className={`tag referral-status referral-status--${r.status}`}>{t(`skills.referral.statuses.${r.status}`)}</span>
                      {overdue ? <span className="tag referral-status--overdue">{t('skills.referral.overdue')}</span> : null}
                    </td>
                    <td className="table__date">{r.dueAt && !r.closedAt ? formatDateTime(r.dueAt, locale) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{t('skills.referrals.none')}</p>
      )}
    </Section>
  );
}

function Rules({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const coordinates = !!me.user?.isAdmin || !!me.networks.find((n) => n.slug === slug)?.roles.includes('coordinator');
  const rules = useApi<Rule[]>(`/networks/${encodeURIComponent(slug)}/routing-rules`);
  return (
    <Section title={t('skills.rules.title')} id="rules-title">
      <p className="muted">{t('skills.rules.lead')}</p>
      {rules.error ? <Banner tone="error">{errorText(t, rules.error).text}</Banner> : null}
      {!rules.data ? (
        rules.error ? null : <Loading />
      ) : rules.data.length ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('skills.rules.needKind')}</th>
                <th scope="col">{t('skills.rules.territory')}</th>
                <th scope="col">{t('skills.rules.operator')}</th>
                <th scope="col">{t('skills.rules.deadlines')}</th>
                {coordinates ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rules.data.map((r) => (
                <tr key={r.id} className={r.active ? undefined : 'table__row--muted'}>
                  <td>{t(`skills.needKinds.${r.needKind}`)}</td>
                  <td>
                    {t(`skills.territories.${r.territory}`)}
                    {r.postcodePrefixes.length ? <span className="table__sub">{t('skills.rules.prefixes', { list: r.postcodePrefixes.join(', ') })}</span> : null}
                  </td>
                  <td>{r.operatorName}</td>
                  <td>{t('skills.rules.days', { a: r.acknowledgeDays, p: r.proposeDays, c: r.concludeDays })}</td>
                  {coordinates ? (
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-label={t('skills.rules.removeLabel', { operator: r.operatorName })}
                        onClick={() => void api.delete(`/routing-rules/${r.id}`).then(rules.reload)}
                      >
                        {t('skills.rules.remove')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{t('skills.rules.none')}</p>
      )}
      {coordinates ? <RuleForm slug={slug} onAdded={rules.reload} /> : null}
    </Section>
  );
}

function RuleForm({ slug, onAdded }: { slug: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const operators = useApi<{ items: { id: string; name: string; commune: string }[] }>(`/organisations${query({ kind: 'employment,training,public', pageSize: 200 })}`);
  const [needKind, setNeedKind] = useState<string>('recruitment');
  const [territory, setTerritory] = useState<string>('BE-WAL');
  const [prefixes, setPrefixes] = useState('');
  const [operator, setOperator] = useState('');
  const [error, setError] = useState<{ field?: string; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const postcodePrefixes = prefixes.split(',').map((p) => p.trim()).filter(Boolean);
      await api.post(`/networks/${encodeURIComponent(slug)}/routing-rules`, { needKind, territory, postcodePrefixes, operatorOrganisationId: operator });
      setPrefixes('');
      onAdded();
    } catch (err) {
      setError(errorText(t, err));
    }
  };
  const fieldError = (f: string) => (error?.field?.startsWith(f) ? error.text : undefined);
  return (
    <form onSubmit={submit} className="rule-form">
      <h3 className="subhead">{t('skills.rules.add')}</h3>
      {error && !error.field ? <Banner tone="error">{error.text}</Banner> : null}
      <div className="form-grid">
        <SelectField label={t('skills.rules.needKind')} value={needKind} onValue={setNeedKind} options={needKinds.map((k) => ({ value: k, label: t(`skills.needKinds.${k}`) }))} />
        <SelectField label={t('skills.rules.territory')} value={territory} onValue={setTerritory} options={territories.map((k) => ({ value: k, label: t(`skills.territories.${k}`) }))} />
        <TextField label={t('skills.rules.prefixesField')} hint={t('skills.rules.prefixesHint')} value={prefixes} onValue={setPrefixes} error={fieldError('postcodePrefixes')} />
        <SelectField
          label={t('skills.rules.operator')}
          value={operator}
          onValue={setOperator}
          error={fieldError('operatorOrganisationId')}
          options={[{ value: '', label: t('skills.rules.chooseOperator') }, ...(operators.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.commune})` }))]}
        />
      </div>
      <p>
        <button type="submit" className="button button--primary" disabled={!operator}>
          {t('skills.rules.addButton')}
        </button>
      </p>
    </form>
  );
}

