import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AdminUser } from '../../api/types';
import { useUser } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { Loading, PageHeader, Section } from '../../ui/page';
import { Pagination } from '../../ui/pagination';
import { useApi } from '../../ui/use-api';
import { AdminTabs } from './admin-tabs';
import { CreateUserForm } from './create-user-form';
import { UserRow } from './user-row';

const PAGE_SIZE = 25;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function AdminUsersPage() {
  const { t } = useTranslation();
  const me = useUser();
  const users = useApi<AdminUser[]>('/admin/users');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [pageNumber, setPageNumber] = useState(1);

  const toggle = async (user: AdminUser) => {
    setError(null);
    setPending(user.id);
    try {
      await api.patch(`/admin/users/${user.id}`, { disabled: !user.disabled });
      users.reload();
    } catch (cause) {
      setError(errorText(t, cause).text);
    } finally {
      setPending(null);
    }
  };

  const wanted = fold(filter.trim());
  const matching = (users.data ?? []).filter((u) => !wanted || fold(`${u.name} ${u.email}`).includes(wanted));
  const page = matching.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE);

  return (
    <>
      <PageHeader eyebrow={t('shell.administration')} title={t('admin.users.title')} lead={<p>{t('admin.users.lead')}</p>} />
      <AdminTabs />
      <Section title={t('admin.users.list')} id="users-title">
        {error ? <Banner tone="error">{error}</Banner> : null}
        {users.error ? <Banner tone="error">{errorText(t, users.error).text}</Banner> : null}
        {users.data ? (
          <div className="stack">
            <div className="filter">
              <TextField
                label={t('admin.users.filter')}
                type="search"
                autoComplete="off"
                value={filter}
                onValue={(v) => {
                  setFilter(v);
                  setPageNumber(1);
                }}
              />
              <p className="muted" aria-live="polite">
                {t('admin.users.count', { n: matching.length, total: users.data.length })}
              </p>
            </div>
            {page.length === 0 ? (
              <p className="empty">{t('admin.users.noMatch')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table table--stack">
                  <thead>
                    <tr>
                      <th scope="col">{t('fields.name')}</th>
                      <th scope="col">{t('fields.email')}</th>
                      <th scope="col">{t('language.label')}</th>
                      <th scope="col">{t('admin.users.status')}</th>
                      <th scope="col">{t('admin.users.createdAt')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('common.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.map((u) => (
                      <UserRow key={u.id} user={u} isMe={u.id === me.id} busy={pending === u.id} onToggle={() => void toggle(u)} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <Pagination total={matching.length} page={pageNumber} pageSize={PAGE_SIZE} onPage={setPageNumber} />
          </div>
        ) : users.error ? null : (
          <Loading />
        )}
      </Section>
      <Section title={t('admin.users.create')} id="create-user-title">
        <CreateUserForm onCreated={users.reload} />
      </Section>
    </>
  );
}
