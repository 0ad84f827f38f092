import type { Db } from '../../db/client';
import type { Actor } from '../policy/actor';
import { loadConventionToManage } from './convention-access';
import { loadParticipantViews, unavailableByParticipant } from './event-profiles';
import { loadSnapshot } from './load-snapshot';
import { checkCurrentPlan } from './publish-schedule';
import { listScheduleRuns } from './schedule-runs';

/**
 * Everything the coordinator's schedule page shows: slots and tables, every meeting with its place (now and as
 * published), the participants with their constraints, the last engine runs, and the quality of the plan as it
 * stands now (recomputed by the engine's independent validator, so hand edits are reflected).
 */
export async function getScheduleBoard({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  const { settings } = await loadConventionToManage(db, actor, eventId);
  const { snapshot, meetings } = await loadSnapshot(db, eventId, settings);
  const views = await loadParticipantViews(db, eventId);
  const unavailable = await unavailableByParticipant(db, views.map((v) => v.id));
  const byId = new Map(views.map((v) => [v.id, v]));
  const runs = await listScheduleRuns(db, eventId);
  const lastDone = runs.find((r) => r.status === 'done');
  const check = checkCurrentPlan(snapshot);
  const load = new Map<string, number>();
  for (const m of meetings) if (m.status === 'scheduled' || m.status === 'held') for (const p of [m.participantA, m.participantB]) load.set(p, (load.get(p) ?? 0) + 1);
  const who = (id: string) => {
    const v = byId.get(id);
    return { id, name: v?.name ?? '', organisation: v?.organisation?.name ?? '' };
  };
  const active = meetings.filter((m) => m.status === 'scheduled' || m.status === 'unscheduled');
  return {
    status: settings.scheduleStatus,
    publishedAt: settings.publishedAt?.toISOString() ?? null,
    tables: settings.tableNames,
    slots: snapshot.slots.map((s) => ({ id: s.id, session: s.session, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
    meetings: meetings
      .filter((m) => m.status !== 'cancelled')
      .map((m) => ({
        id: m.id,
        a: who(m.participantA),
        b: who(m.participantB),
        weight: m.weight,
        status: m.status,
        slotId: m.slotId,
        table: m.tableNumber,
        locked: m.locked,
        published: m.publishedSlotId ? { slotId: m.publishedSlotId, table: m.publishedTable } : null,
        changed: (m.status === 'scheduled' ? `${m.slotId}|${m.tableNumber}` : '|') !== (m.publishedSlotId ? `${m.publishedSlotId}|${m.publishedTable}` : '|'),
        reason: m.unscheduledReason,
        noShowParticipantId: m.noShowParticipantId,
      })),
    participants: views.map((v) => ({
      id: v.id,
      name: v.name,
      organisation: v.organisation?.name ?? '',
      role: v.role,
      fixedTable: v.fixedTable,
      maxMeetings: v.maxMeetings,
      absent: v.absent,
      checkedIn: v.checkedIn,
      walkIn: v.walkIn ?? false,
      unavailableSlotIds: unavailable.get(v.id) ?? [],
      meetings: load.get(v.id) ?? 0,
    })),
    runs: runs.map((r) => ({
      id: r.id,
      mode: r.mode,
      status: r.status,
      stats: r.stats,
      released: r.released,
      error: r.error,
      createdAt: r.createdAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
    })),
    quality: {
      meetings: active.length,
      scheduled: active.filter((m) => m.status === 'scheduled').length,
      unscheduled: active.filter((m) => m.status === 'unscheduled').length,
      breaks: check.stats.breaks,
      maxBreaks: check.stats.maxBreaks,
      starved: check.stats.starved,
      weight: check.stats.weight,
      upperBound: typeof lastDone?.stats?.upperBound === 'number' ? lastDone.stats.upperBound : null,
      valid: check.valid,
      violations: check.violations.slice(0, 5),
    },
  };
}
