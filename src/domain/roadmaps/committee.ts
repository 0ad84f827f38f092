import type { Db } from '../../db/client';
import { runSql } from '../indicators/run-sql';
import { forbidden } from '../errors';
import type { Actor } from '../policy/actor';
import { ensureActionReminders } from './action-reminders';

interface DecisionRow {
  id: string;
  event_id: string;
  event_title: Record<string, string>;
  event_starts_at: Date | string;
  kind: 'decision' | 'action';
  body: string;
  owner_user_id: string | null;
  owner_name: string | null;
  owner_organisation_name: string | null;
  due_on: string | null;
  status: 'open' | 'done' | 'dropped';
}

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * The committee of a network: its meetings (events of kind "committee"), the decision log across them, and the
 * action items still open with their owner and due date — the list the next meeting goes through. People of the
 * network read it; committee minutes themselves stay in the events module.
 */
export async function getCommitteeOverview({ db, actor, networkId, baseUrl }: { db: Db; actor: Actor; networkId: string; baseUrl?: string }) {
  if (!actor.isAdmin && !actor.roles.has(networkId)) throw forbidden('Only the people of the network see its committee');
  if (baseUrl) await ensureActionReminders(db, baseUrl);
  const meetings = await runSql<{ id: string; title: Record<string, string>; starts_at: Date | string; ends_at: Date | string; status: string; decisions: number; open_actions: number }>(
    db,
    `SELECT e.id, e.title, e.starts_at, e.ends_at, e.status,
            (SELECT count(*)::int FROM event_decisions d WHERE d.event_id = e.id AND d.kind = 'decision') AS decisions,
            (SELECT count(*)::int FROM event_decisions d WHERE d.event_id = e.id AND d.kind = 'action' AND d.status = 'open') AS open_actions
       FROM events e WHERE e.network_id = $1 AND e.kind = 'committee' AND e.status <> 'cancelled'
      ORDER BY e.starts_at DESC LIMIT 200`,
    [networkId],
  );
  const rows = await runSql<DecisionRow>(
    db,
    `SELECT d.id, d.event_id, e.title AS event_title, e.starts_at AS event_starts_at, d.kind, d.body, d.owner_user_id,
            u.name AS owner_name, o.name AS owner_organisation_name, d.due_on::text AS due_on, d.status
       FROM event_decisions d JOIN events e ON e.id = d.event_id
       LEFT JOIN users u ON u.id = d.owner_user_id LEFT JOIN organisations o ON o.id = d.owner_organisation_id
      WHERE e.network_id = $1 AND e.kind = 'committee' AND e.status <> 'cancelled'
      ORDER BY e.starts_at DESC, d.position, d.created_at`,
    [networkId],
  );
  const now = Date.now();
  const today = new Date().toISOString().slice(0, 10);
  const present = (r: DecisionRow) => ({
    id: r.id,
    eventId: r.event_id,
    eventTitle: r.event_title,
    eventStartsAt: iso(r.event_starts_at),
    kind: r.kind,
    body: r.body,
    ownerUserId: r.owner_user_id,
    ownerName: r.owner_name,
    ownerOrganisationName: r.owner_organisation_name,
    dueOn: r.due_on,
    status: r.status,
    overdue: r.kind === 'action' && r.status === 'open' && r.due_on !== null && r.due_on < today,
  });
  const upcoming = meetings.filter((m) => new Date(m.ends_at).getTime() > now).sort((a, b) => +new Date(a.starts_at) - +new Date(b.starts_at));
  const next = upcoming[0];
  const openItems = rows
    .filter((r) => r.kind === 'action' && r.status === 'open')
    .map(present)
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  return {
    meetings: meetings.map((m) => ({ id: m.id, title: m.title, startsAt: iso(m.starts_at), endsAt: iso(m.ends_at), status: m.status, decisions: m.decisions, openActions: m.open_actions })),
    nextMeeting: next ? { id: next.id, title: next.title, startsAt: iso(next.starts_at) } : null,
    // At the next meeting: the items still open from the meetings before it.
    openItems: next ? openItems.filter((i) => new Date(i.eventStartsAt).getTime() < new Date(next.starts_at).getTime()) : openItems,
    decisions: rows.filter((r) => r.kind === 'decision').map(present),
    actions: rows.filter((r) => r.kind === 'action').map(present),
  };
}
