import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Banner } from '../../ui/banner';
import { errorText, type FormError } from '../../ui/error-text';
import { TextField } from '../../ui/fields';
import { Section } from '../../ui/page';
import { conventionApi } from './convention-paths';
import { refusalText } from './convention-errors';
import { fromLocalInput, toLocalInput } from './convention-format';
import type { Convention, DaySetup } from './convention-types';

type Range = { label: string; startsAt: string; endsAt: string };

/** The coordinator's rules (deadline, limits) and the day: sessions, slot length, changeover, breaks, tables. */
export function SetupTab({ convention: c, onSaved }: { convention: Convention; onSaved: () => void }) {
  const { t } = useTranslation();
  const tz = c.timeZone;
  const local = (iso: string) => toLocalInput(iso, tz);
  const day = local(c.startsAt).slice(0, 10);
  const initial: DaySetup = c.daySetup ?? {
    sessions: [
      { name: t('convention.setup.morning'), startsAt: fromLocalInput(`${day}T09:30`, tz), endsAt: fromLocalInput(`${day}T12:30`, tz) },
      { name: t('convention.setup.afternoon'), startsAt: fromLocalInput(`${day}T14:00`, tz), endsAt: fromLocalInput(`${day}T17:00`, tz) },
    ],
    slotMinutes: 20,
    changeoverMinutes: 5,
    breaks: [],
    tables: Array.from({ length: 10 }, (_, i) => String(i + 1)),
  };
  const [sessions, setSessions] = useState<Range[]>(initial.sessions.map((s) => ({ label: s.name, startsAt: local(s.startsAt), endsAt: local(s.endsAt) })));
  const [breaks, setBreaks] = useState<Range[]>(initial.breaks.map((b) => ({ label: b.label, startsAt: local(b.startsAt), endsAt: local(b.endsAt) })));
  const [slotMinutes, setSlotMinutes] = useState(String(initial.slotMinutes));
  const [changeover, setChangeover] = useState(String(initial.changeoverMinutes));
  const [tables, setTables] = useState(initial.tables.join('\n'));
  const [deadline, setDeadline] = useState(c.requestDeadline ? local(c.requestDeadline) : '');
  const [maxRequests, setMaxRequests] = useState(c.maxRequestsPerParticipant?.toString() ?? '');
  const [maxMeetings, setMaxMeetings] = useState(c.maxMeetingsPerParticipant?.toString() ?? '');
  const [error, setError] = useState<FormError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const fail = (err: unknown) => setError({ ...errorText(t, err), text: refusalText(t, err) ?? errorText(t, err).text });
  const saveRules = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.patch(conventionApi(c.eventId, '/rules'), {
        requestDeadline: deadline ? fromLocalInput(deadline, tz) : null,
        maxRequestsPerParticipant: maxRequests ? Number(maxRequests) : null,
        maxMeetingsPerParticipant: maxMeetings ? Number(maxMeetings) : null,
      });
      setDone(t('convention.setup.rulesSaved'));
      onSaved();
    } catch (err) {
      fail(err);
    }
  };
  const saveDay = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const tableList = /^\d+$/.test(tables.trim())
      ? Array.from({ length: Number(tables.trim()) }, (_, i) => String(i + 1))
      : tables.split('\n').map((x) => x.trim()).filter(Boolean);
    try {
      const r = await api.post<{ slots: number; tables: number; unscheduled: number }>(conventionApi(c.eventId, '/day'), {
        sessions: sessions.map((s) => ({ name: s.label, startsAt: fromLocalInput(s.startsAt, tz), endsAt: fromLocalInput(s.endsAt, tz) })),
        slotMinutes: Number(slotMinutes),
        changeoverMinutes: Number(changeover || 0),
        breaks: breaks.map((b) => ({ label: b.label, startsAt: fromLocalInput(b.startsAt, tz), endsAt: fromLocalInput(b.endsAt, tz) })),
        tables: tableList,
      });
      setDone(t('convention.setup.daySaved', { slots: r.slots, tables: r.tables }));
      onSaved();
    } catch (err) {
      fail(err);
    }
  };
  const fieldError = (name: string) => (error?.field === name || error?.field?.startsWith(`${name}.`) ? error.text : undefined);
  const ranges = (list: Range[], setList: (r: Range[]) => void, kind: 'sessions' | 'breaks') =>
    list.map((r, i) => (
      <div key={i} className="range-row">
        <TextField label={t(kind === 'sessions' ? 'convention.setup.sessionName' : 'convention.setup.breakName')} value={r.label} onValue={(v) => setList(list.map((x, j) => (j === i ? { ...x, label: v } : x)))} />
        <TextField type="datetime-local" label={t('convention.setup.starts')} value={r.startsAt} onValue={(v) => setList(list.map((x, j) => (j === i ? { ...x, startsAt: v } : x)))} error={fieldError(`${kind}.${i}.startsAt`)} />
        <TextField type="datetime-local" label={t('convention.setup.ends')} value={r.endsAt} onValue={(v) => setList(list.map((x, j) => (j === i ? { ...x, endsAt: v } : x)))} error={fieldError(`${kind}.${i}.endsAt`)} />
        <button type="button" className="button button--ghost button--small" onClick={() => setList(list.filter((_, j) => j !== i))}>
          {t('convention.setup.remove')}
        </button>
      </div>
    ));

  return (
    <div className="stack">
      {error && !error.field ? <Banner tone="error">{error.text}</Banner> : null}
      {done ? <Banner tone="success">{done}</Banner> : null}
      <Section title={t('convention.setup.rules')} id="rules">
        <form className="form-grid" onSubmit={(e) => void saveRules(e)}>
          <TextField type="datetime-local" label={t('convention.setup.deadline')} value={deadline} onValue={setDeadline} hint={t('convention.setup.deadlineHint')} error={fieldError('requestDeadline')} />
          <TextField type="number" min={1} label={t('convention.setup.maxRequests')} value={maxRequests} onValue={setMaxRequests} hint={t('convention.setup.noLimit')} error={fieldError('maxRequestsPerParticipant')} />
          <TextField type="number" min={0} label={t('convention.setup.maxMeetings')} value={maxMeetings} onValue={setMaxMeetings} hint={t('convention.setup.noLimit')} error={fieldError('maxMeetingsPerParticipant')} />
          <div>
            <button type="submit" className="button button--primary">
              {t('convention.setup.saveRules')}
            </button>
          </div>
        </form>
      </Section>
      <form className="stack" onSubmit={(e) => void saveDay(e)}>
        <Section title={t('convention.setup.sessions')} id="sessions">
          <p className="muted">{t('convention.setup.timeZone', { zone: tz })}</p>
          {ranges(sessions, setSessions, 'sessions')}
          <button type="button" className="button button--ghost button--small" onClick={() => setSessions([...sessions, { label: '', startsAt: `${day}T14:00`, endsAt: `${day}T17:00` }])}>
            {t('convention.setup.addSession')}
          </button>
          <div className="form-grid">
            <TextField type="number" min={5} max={180} label={t('convention.setup.slotMinutes')} value={slotMinutes} onValue={setSlotMinutes} error={fieldError('slotMinutes')} />
            <TextField type="number" min={0} max={60} label={t('convention.setup.changeover')} value={changeover} onValue={setChangeover} error={fieldError('changeoverMinutes')} />
          </div>
        </Section>
        <Section title={t('convention.setup.breaks')} id="breaks">
          {ranges(breaks, setBreaks, 'breaks')}
          <button type="button" className="button button--ghost button--small" onClick={() => setBreaks([...breaks, { label: t('convention.setup.coffee'), startsAt: `${day}T10:30`, endsAt: `${day}T10:45` }])}>
            {t('convention.setup.addBreak')}
          </button>
        </Section>
        <Section title={t('convention.setup.tables')} id="tables">
          <label className="field">
            <span className="field__label">{t('convention.setup.tableList')}</span>
            <textarea className="input input--area" rows={6} value={tables} onChange={(e) => setTables(e.target.value)} aria-describedby="tables-hint" />
            <span className="field__hint" id="tables-hint">
              {t('convention.setup.tableHint')}
            </span>
            {fieldError('tables') ? <span className="field__error">{fieldError('tables')}</span> : null}
          </label>
        </Section>
        <div>
          <button type="submit" className="button button--primary">
            {t('convention.setup.saveDay')}
          </button>
          {c.slots.length ? <span className="muted"> {t('convention.setup.current', { slots: c.slots.length, tables: c.tables.length })}</span> : null}
        </div>
      </form>
    </div>
  );
}
