import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Section } from '../../ui/page';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { agendaPdfPath, conventionApi } from './convention-paths';
import { refusalText } from './convention-errors';
import { formatSlot } from './convention-format';
import type { Board, BoardParticipant, Convention } from './convention-types';

/** Participants' constraints (exhibitor table, cap, unavailable slots), presence on the day, and introductions. */
export function ParticipantsPanel({ board, convention: c, onChanged }: { board: Board; convention: Convention; onChanged: () => void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const call = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      onChanged();
    } catch (err) {
      setError(refusalText(t, err) ?? errorText(t, err).text);
    }
  };
  const [walkIn, setWalkIn] = useState({ name: '', organisation: '', email: '', role: 'other', checkIn: true });
  const [added, setAdded] = useState<string | null>(null);
  const addWalkIn = () =>
    call(async () => {
      const r = await api.post<{ participantId: string }>(conventionApi(c.eventId, '/walk-ins'), {
        name: walkIn.name,
        organisation: walkIn.organisation,
        email: walkIn.email.trim() || null,
        role: walkIn.role,
        checkIn: walkIn.checkIn,
      });
      setAdded(walkIn.name);
      setA(r.participantId);
      setFilter(walkIn.name);
      setWalkIn({ name: '', organisation: '', email: '', role: 'other', checkIn: true });
    });
  const shown = board.participants.filter((p) => `${p.name} ${p.organisation}`.toLowerCase().includes(filter.toLowerCase())).slice(0, 60);
  const sorted = [...board.participants].sort((x, y) => x.name.localeCompare(y.name));
  return (
    <Section title={t('convention.participants.title', { n: board.participants.length })} id="participants">
      {error ? <Banner tone="error">{error}</Banner> : null}
      {added ? <Banner tone="success">{t('convention.participants.walkIn.added', { name: added })}</Banner> : null}
      <details className="walk-in">
        <summary>{t('convention.participants.walkIn.title')}</summary>
        <form
          className="inline-form walk-in__form"
          onSubmit={(e) => {
            e.preventDefault();
            void addWalkIn();
          }}
        >
          <TextField label={t('convention.participants.walkIn.name')} value={walkIn.name} onValue={(name) => setWalkIn({ ...walkIn, name })} required maxLength={200} />
          <TextField label={t('convention.participants.walkIn.organisation')} value={walkIn.organisation} onValue={(organisation) => setWalkIn({ ...walkIn, organisation })} maxLength={200} />
          <TextField label={t('convention.participants.walkIn.email')} type="email" value={walkIn.email} onValue={(email) => setWalkIn({ ...walkIn, email })} />
          <SelectField
            label={t('convention.participants.walkIn.role')}
            value={walkIn.role}
            onValue={(role) => setWalkIn({ ...walkIn, role })}
            options={(['buyer', 'supplier', 'subcontractor', 'other'] as const).map((r) => ({ value: r, label: t(`convention.roles.${r}`) }))}
          />
          <Checkbox label={t('convention.participants.walkIn.checkIn')} checked={walkIn.checkIn} onChecked={(checkIn) => setWalkIn({ ...walkIn, checkIn })} />
          <button type="submit" className="button button--primary button--small" disabled={!walkIn.name.trim()}>
            {t('convention.participants.walkIn.add')}
          </button>
        </form>
      </details>
      <div className="inline-form introduce">
        <label className="field">
          <span className="field__label">{t('convention.participants.introduceA')}</span>
          <select className="input" value={a} onChange={(e) => setA(e.target.value)}>
            <option value="">—</option>
            {sorted.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} · {p.organisation}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('convention.participants.introduceB')}</span>
          <select className="input" value={b} onChange={(e) => setB(e.target.value)}>
            <option value="">—</option>
            {sorted.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} · {p.organisation}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--small" disabled={!a || !b || a === b} onClick={() => void call(() => api.post(conventionApi(c.eventId, '/introductions'), { participantA: a, participantB: b }))}>
          {t('convention.participants.introduce')}
        </button>
      </div>
      <label className="field">
        <span className="field__label">{t('convention.participants.filter')}</span>
        <input className="input" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <ul className="participant-rows">
        {shown.map((p) => (
          <ParticipantRow key={p.id} p={p} board={board} convention={c} call={call} />
        ))}
      </ul>
    </Section>
  );
}

function ParticipantRow({ p, board, convention: c, call }: { p: BoardParticipant; board: Board; convention: Convention; call: (fn: () => Promise<unknown>) => Promise<void> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const path = conventionApi(c.eventId, `/participants/${p.id}`);
  return (
    <li className={p.absent ? 'participant-row participant-row--absent' : 'participant-row'}>
      <details>
        <summary>
          <strong>{p.name}</strong> <span className="muted">· {p.organisation} · {t(`convention.roles.${p.role}`)}</span>{' '}
          <span className="tag">{t('convention.participants.meetings', { n: p.meetings })}</span>
          {p.walkIn ? <span className="tag">{t('convention.participants.walkIn.tag')}</span> : null}
          {p.checkedIn ? <span className="tag tag--accent">{t('convention.participants.checkedIn')}</span> : null}
          {p.absent ? <span className="tag">{t('convention.participants.absent')}</span> : null}
          {p.fixedTable ? <span className="tag">{board.tables[p.fixedTable - 1]}</span> : null}
        </summary>
        <div className="participant-row__body">
          <label className="field">
            <span className="field__label">{t('convention.participants.fixedTable')}</span>
            <select className="input" value={p.fixedTable ?? ''} onChange={(e) => void call(() => api.patch(path, { fixedTable: e.target.value ? Number(e.target.value) : null }))}>
              <option value="">{t('convention.participants.anyTable')}</option>
              {board.tables.map((name, i) => (
                <option key={i} value={i + 1}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('convention.participants.maxMeetings')}</span>
            <input className="input input--compact" type="number" min={0} defaultValue={p.maxMeetings ?? ''} onBlur={(e) => void call(() => api.patch(path, { maxMeetings: e.target.value === '' ? null : Number(e.target.value) }))} />
          </label>
          <fieldset className="fieldset">
            <legend>{t('convention.participants.unavailable')}</legend>
            <div className="slot-checks">
              {board.slots.map((s) => (
                <label key={s.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={p.unavailableSlotIds.includes(s.id)}
                    onChange={(e) =>
                      void call(() => api.patch(path, { unavailableSlotIds: e.target.checked ? [...p.unavailableSlotIds, s.id] : p.unavailableSlotIds.filter((x) => x !== s.id) }))
                    }
                  />{' '}
                  {formatSlot(s, locale, c.timeZone)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="participant-row__actions">
            <button type="button" className="button button--ghost button--small" onClick={() => void call(() => api.post(conventionApi(c.eventId, `/participants/${p.id}/absence`), { absent: !p.absent }))}>
              {p.absent ? t('convention.participants.present') : t('convention.participants.markAbsent')}
            </button>
            <a className="button button--ghost button--small" href={agendaPdfPath(c.eventId, p.id, locale)} target="_blank" rel="noreferrer">
              {t('convention.participants.agendaPdf')}
            </a>
          </div>
        </div>
      </details>
    </li>
  );
}
