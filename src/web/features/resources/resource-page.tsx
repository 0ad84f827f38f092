import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useLocation } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { BookingForm, draftOf, type BookingDraft } from './booking-form';
import { BookingList } from './booking-list';
import { usePoolingAccess } from './pooling-frame';
import { conflictLines, durationText, poolingErrorText, priceText } from './resource-format';
import { editResourcePath, photoUrl, poolingPath } from './resource-paths';
import type { BookingSummary, ResourceDetail } from './resource-types';
import { UtilisationTable } from './utilisation-table';
import { WeekCalendar } from './week-calendar';
import { addDays, formatRange, instantOf, localDateOf, mondayOf } from './zoned-time';
import './resources.css';

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return (
    <dl className="facts-list">
      {shown.map(([label, value]) => (
        <div key={label} className="facts-list__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A resource: what it is and on which terms, its week on a calendar, booking; for its owner the requests and its use. */
export function ResourcePage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { search } = useLocation();
  const access = usePoolingAccess(slug);
  const { data: r, error, reload } = useApi<ResourceDetail>(`/resources/${encodeURIComponent(id)}`);
  const asked = new URLSearchParams(search);
  const [monday, setMonday] = useState<string | null>(null);
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const [version, setVersion] = useState(0);

  if (error)
    return (
      <>
        <PageHeader title={t('resources.notFound')} />
        <Banner tone="error">{poolingErrorText(t, error)}</Banner>
        <p>
          <Link to={poolingPath(slug)}>← {t('resources.backToFind')}</Link>
        </p>
      </>
    );
  if (!r) return <Loading />;
  const zone = r.timeZone;
  const start = asked.get('start');
  const end = asked.get('end');
  const firstDay = start ? localDateOf(start, zone) : addDays(localDateOf(new Date(), zone), 1);
  const shownMonday = monday ?? mondayOf(firstDay);
  const rules = r.openingRules;
  const ruleOf = (date: string) => {
    const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    return rules.filter((x) => x.weekday === weekday);
  };
  const defaultDraft = (): BookingDraft => {
    if (start && end) return draftOf(start, end, zone);
    const day = ruleOf(firstDay)[0];
    return { startDate: firstDay, startTime: day?.opens ?? '08:00', endDate: firstDay, endTime: day?.closes === '24:00' ? '23:45' : (day?.closes ?? '12:00') };
  };
  const current = draft ?? defaultDraft();
  const pickDay = (date: string) => {
    const day = ruleOf(date);
    setDraft({ startDate: date, startTime: day[0]?.opens ?? current.startTime, endDate: date, endTime: day[day.length - 1]?.closes === '24:00' ? '23:45' : (day[day.length - 1]?.closes ?? current.endTime) });
  };
  const changed = () => {
    setVersion((v) => v + 1);
    reload();
  };
  const weekdays = [1, 2, 3, 4, 5, 6, 7];
  const dayName = (weekday: number) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
  const text = (x: ResourceDetail['conditions']) => pickTranslation(x, locale);

  return (
    <>
      <p className="breadcrumb">
        <Link to={poolingPath(slug)}>← {t('resources.backToFind')}</Link>
      </p>
      <PageHeader
        eyebrow={`${t(`resources.kinds.${r.kind}`)} · ${r.owner.name}`}
        title={r.name}
        lead={
          <p className="resource__lead">
            {[r.address, [r.postcode, r.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
            {' · '}
            {priceText(t, r, locale)}{' '}
            <span className={r.bookingMode === 'instant' ? 'tag tag--accent' : 'tag'}>{r.bookingMode === 'instant' ? t('resources.instant') : t('resources.approval')}</span>
            {r.status === 'archived' ? <span className="tag tag--soon">{t('resources.archived')}</span> : null}
          </p>
        }
        actions={
          r.canManage ? (
            <>
              <Link to={editResourcePath(slug, r.id)} className="button button--primary">
                {t('resources.edit')}
              </Link>
              <a className="button button--ghost" href={`/api/resources/${encodeURIComponent(r.id)}/calendar.ics?locale=${locale}`} download>
                {t('resources.calendarFile')}
              </a>
            </>
          ) : undefined
        }
      />
      <div className="resource">
        <div className="resource__main">
          <div className="card">
            <WeekCalendar resourceId={r.id} timeZone={zone} monday={shownMonday} onWeek={setMonday} onPickDay={r.canBook ? pickDay : undefined} reloadKey={version} />
          </div>
          {r.canBook ? (
            <BookingForm
              resource={r}
              draft={current}
              onDraft={(d) => {
                setDraft(d);
                if (d.startDate && mondayOf(d.startDate) !== shownMonday) setMonday(mondayOf(d.startDate));
              }}
              organisations={r.bookAs}
              onBooked={() => setVersion((v) => v + 1)}
            />
          ) : !access.represents ? (
            <p className="muted">{t('resources.book.representOnly')}</p>
          ) : null}
          {r.canManage ? <OwnerPanels slug={slug} resource={r} version={version} onChanged={changed} /> : null}
        </div>
        <aside className="resource__side">
          {r.photos.length ? (
            <div className="resource__photos">
              {r.photos.map((p) => (
                <figure key={p.id}>
                  <img src={photoUrl(r.id, p.id)} alt={p.caption || r.name} loading="lazy" />
                  {p.caption ? <figcaption>{p.caption}</figcaption> : null}
                </figure>
              ))}
            </div>
          ) : null}
          <section className="card" aria-labelledby="about-title">
            <h2 id="about-title" className="card__title">
              {t('resources.about')}
            </h2>
            {text(r.description) ? <p className="resource__description">{text(r.description)}</p> : <p className="muted">{t('resources.noDescription')}</p>}
            {r.characteristics.length ? (
              <Facts rows={r.characteristics.map((c) => [c.key, `${c.value}${c.unit ? ` ${c.unit}` : ''}`])} />
            ) : null}
          </section>
          <section className="card" aria-labelledby="terms-title">
            <h2 id="terms-title" className="card__title">
              {t('resources.terms')}
            </h2>
            <Facts
              rows={[
                [t('resources.fields.price'), priceText(t, r, locale)],
                [t('resources.fields.minMinutes'), durationText(t, r.minMinutes)],
                [t('resources.fields.maxMinutes'), r.maxMinutes ? durationText(t, r.maxMinutes) : t('resources.noLimit')],
                [t('resources.fields.leadMinutes'), r.leadMinutes ? durationText(t, r.leadMinutes) : t('resources.none')],
                [t('resources.fields.cancelNoticeMinutes'), durationText(t, r.cancelNoticeMinutes)],
                [t('resources.fields.units'), String(r.units)],
              ]}
            />
            {(['conditions', 'insurance', 'safety'] as const)
              .filter((k) => text(r[k]))
              .map((k) => (
                <div key={k} className="resource__term">
                  <h3 className="subhead">{t(`resources.fields.${k}`)}</h3>
                  <p>{text(r[k])}</p>
                </div>
              ))}
          </section>
          <section className="card" aria-labelledby="hours-title">
            <h2 id="hours-title" className="card__title">
              {t('resources.hours')}
            </h2>
            {rules.length === 0 ? (
              <p>{t('resources.alwaysOpen')}</p>
            ) : (
              <Facts rows={weekdays.map((w) => [dayName(w), rules.filter((x) => x.weekday === w).map((x) => `${x.opens}–${x.closes}`).join(', ') || t('resources.closedDay')])} />
            )}
            {r.exceptions.length ? (
              <>
                <h3 className="subhead">{t('resources.exceptions')}</h3>
                <ul className="plain-list">
                  {r.exceptions.map((e) => (
                    <li key={e.id}>
                      {e.kind === 'closed' ? t('resources.closedFrom') : t('resources.openFrom')} {formatRange(e.start, e.end, locale, zone)}
                      {e.reason ? ` — ${e.reason}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </aside>
      </div>
    </>
  );
}

/** What only the owner (and coordinators) see on the resource page: requests and bookings to come, closures, use. */
function OwnerPanels({ slug, resource: r, version, onChanged }: { slug: string; resource: ResourceDetail; version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const now = new Date();
  const { data: bookings, reload } = useApi<BookingSummary[]>(`/resources/${encodeURIComponent(r.id)}/bookings${query({ from: now.toISOString(), status: 'pending,approved', v: version })}`);
  const today = localDateOf(now, r.timeZone);
  const from = instantOf(addDays(mondayOf(today), -28), '00:00', r.timeZone)!;
  const to = instantOf(addDays(mondayOf(today), 28), '00:00', r.timeZone)!;
  const [kind, setKind] = useState<'closed' | 'open'>('closed');
  const [startDate, setStartDate] = useState(today);
  const [endDate, setEndDate] = useState(today);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const addException = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.post(`/resources/${encodeURIComponent(r.id)}/exceptions`, {
        kind,
        start: instantOf(startDate, '00:00', r.timeZone),
        end: instantOf(addDays(endDate, 1), '00:00', r.timeZone),
        reason,
      });
      setReason('');
      onChanged();
    } catch (cause) {
      setError(cause);
    }
  };
  const removeException = async (exceptionId: string) => {
    await api.delete(`/resources/${encodeURIComponent(r.id)}/exceptions/${encodeURIComponent(exceptionId)}`);
    onChanged();
  };
  return (
    <>
      <section className="card" aria-labelledby="requests-title">
        <h2 id="requests-title" className="card__title">
          {t('resources.owner.requests')}
        </h2>
        {bookings ? (
          <BookingList
            slug={slug}
            side="owner"
            bookings={bookings}
            onChanged={() => {
              reload();
              onChanged();
            }}
            empty={t('resources.owner.noRequests')}
          />
        ) : (
          <Loading />
        )}
      </section>
      <section className="card" aria-labelledby="closures-title">
        <h2 id="closures-title" className="card__title">
          {t('resources.owner.closures')}
        </h2>
        {r.exceptions.length ? (
          <ul className="plain-list">
            {r.exceptions.map((x) => (
              <li key={x.id}>
                {x.kind === 'closed' ? t('resources.closedFrom') : t('resources.openFrom')} {formatRange(x.start, x.end, locale, r.timeZone)}
                {x.reason ? ` — ${x.reason}` : ''}{' '}
                <button type="button" className="button button--ghost button--small" onClick={() => removeException(x.id)}>
                  {t('resources.owner.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <form className="form-grid" onSubmit={addException}>
          <label className="field">
            <span className="field__label">{t('resources.owner.exceptionKind')}</span>
            <select className="input" value={kind} onChange={(e) => setKind(e.target.value === 'open' ? 'open' : 'closed')}>
              <option value="closed">{t('resources.owner.closure')}</option>
              <option value="open">{t('resources.owner.extraOpening')}</option>
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('resources.owner.fromDay')}</span>
            <input className="input" type="date" required value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('resources.owner.toDay')}</span>
            <input className="input" type="date" required min={startDate} value={endDate} onChange={(e) => setEndDate(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('resources.owner.reason')}</span>
            <input className="input" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              {t('resources.owner.addException')}
            </button>
          </div>
        </form>
        {error ? (
          <Banner tone="error">
            <p>{poolingErrorText(t, error)}</p>
            <ul>
              {conflictLines(t, error, locale, r.timeZone).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </Banner>
        ) : null}
      </section>
      <section className="card" aria-labelledby="use-title">
        <h2 id="use-title" className="card__title">
          {t('resources.owner.utilisation')}
        </h2>
        <UtilisationTable resourceId={r.id} from={from} to={to} period="week" key={version} />
      </section>
    </>
  );
}
