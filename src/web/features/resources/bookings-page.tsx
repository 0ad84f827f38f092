import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { BookingList } from './booking-list';
import { PoolingFrame } from './pooling-frame';
import { poolingErrorText } from './resource-format';
import type { BookingSummary } from './resource-types';

/**
 * Both sides of one's bookings: requests waiting for my answer (my resources), what is booked on my resources,
 * what my organisations borrowed; and the calendar file of all of it.
 */
export function BookingsPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const since = new Date(Date.now() - 7 * 86_400_000).toISOString();
  const pending = useApi<BookingSummary[]>(`/bookings${query({ side: 'owner', status: 'pending' })}`);
  const lent = useApi<BookingSummary[]>(`/bookings${query({ side: 'owner', status: 'approved', from: since })}`);
  const borrowed = useApi<BookingSummary[]>(`/bookings${query({ side: 'borrower', from: since })}`);
  const reload = () => {
    pending.reload();
    lent.reload();
    borrowed.reload();
  };
  const error = pending.error ?? lent.error ?? borrowed.error;
  return (
    <PoolingFrame slug={slug} title={t('resources.bookings.title')} lead={<p>{t('resources.bookings.lead')}</p>}>
      <p className="toolbar">
        <a className="button button--ghost button--small" href={`/api/bookings/calendar.ics?locale=${locale}`} download>
          {t('resources.bookings.allIcs')}
        </a>
      </p>
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
      <section className="card" aria-labelledby="pending-title">
        <h2 id="pending-title" className="card__title">
          {t('resources.bookings.pendingTitle', { n: pending.data?.length ?? 0 })}
        </h2>
        {pending.data ? <BookingList slug={slug} side="owner" bookings={pending.data} onChanged={reload} empty={t('resources.owner.noRequests')} /> : <Loading />}
      </section>
      <section className="card" aria-labelledby="borrowed-title">
        <h2 id="borrowed-title" className="card__title">
          {t('resources.bookings.borrowedTitle')}
        </h2>
        {borrowed.data ? <BookingList slug={slug} side="borrower" bookings={borrowed.data} onChanged={reload} empty={t('resources.bookings.noneBorrowed')} /> : <Loading />}
      </section>
      <section className="card" aria-labelledby="lent-title">
        <h2 id="lent-title" className="card__title">
          {t('resources.bookings.lentTitle')}
        </h2>
        {lent.data ? <BookingList slug={slug} side="owner" bookings={lent.data} onChanged={reload} empty={t('resources.bookings.noneLent')} /> : <Loading />}
      </section>
    </PoolingFrame>
  );
}
