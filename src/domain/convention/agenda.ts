import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conventionMeetings, conventionOutcomes, conventionParticipants, conventionSettings, eventRegistrations, events, networks, type Locale } from '../../db/schema';
import type { IcsEntry } from '../calendar/ics';
import { notFound } from '../errors';
import { checkInQrPng } from '../events/check-in-qr';
import { formatEventWhere } from '../events/event-mail';
import type { Actor } from '../policy/actor';
import { agendaLabels, fillLabel } from './agenda-labels';
import { loadConvention, myParticipant } from './convention-access';
import { conventionLink } from './convention-mails';
import type { OutcomeLevel, ParticipantRole } from './convention-model';
import { listSlots, readDaySetup } from './convention-settings';
import { loadParticipantViews } from './event-profiles';
import { eventTitle, networkSlugOf } from './people';
import type { AgendaItem } from './render-agenda-pdf';

export interface AgendaMeeting {
  id: string;
  startsAt: string;
  endsAt: string;
  table: string;
  status: 'scheduled' | 'held' | 'no_show';
  counterpart: { id: string; name: string; organisation: string; role: ParticipantRole; languages: string[]; country: string | null };
  outcomes: { event: { outcome: OutcomeLevel; comment: string } | null; followup: { outcome: OutcomeLevel; comment: string } | null };
}

/**
 * A participant's agenda as published: the meetings participants were told about (a coordinator's draft changes
 * show only once published), in time order, with the counterpart and what this participant said came of each.
 */
export async function getAgenda({ db, actor, eventId, participantId }: { db: Db; actor: Actor; eventId: string; participantId?: string }) {
  const { event, settings, manage } = await loadConvention(db, actor, eventId);
  const me = await myParticipant(db, actor, eventId);
  const id = participantId ?? me?.id;
  if (!id || (id !== me?.id && !manage)) throw notFound('Agenda', 'participantId');
  const [participant] = await db
    .select({ p: conventionParticipants, checkInCode: eventRegistrations.checkInCode })
    .from(conventionParticipants)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, conventionParticipants.registrationId))
    .where(and(eq(conventionParticipants.id, id), eq(conventionParticipants.eventId, eventId)));
  if (!participant) throw notFound('Agenda', 'participantId');
  const slots = new Map((await listSlots(db, eventId)).map((s) => [s.id, s]));
  const rows = await db
    .select()
    .from(conventionMeetings)
    .where(
      and(
        eq(conventionMeetings.eventId, eventId),
        or(eq(conventionMeetings.participantA, id), eq(conventionMeetings.participantB, id)),
        isNotNull(conventionMeetings.publishedSlotId),
        inArray(conventionMeetings.status, ['scheduled', 'held', 'no_show']),
      ),
    );
  const views = new Map((await loadParticipantViews(db, eventId)).map((v) => [v.id, v]));
  const outcomes = rows.length
    ? await db
        .select()
        .from(conventionOutcomes)
        .where(and(eq(conventionOutcomes.participantId, id), inArray(conventionOutcomes.meetingId, rows.map((m) => m.id))))
    : [];
  const meetings: AgendaMeeting[] = rows
    .filter((m) => slots.has(m.publishedSlotId!))
    .map((m) => {
      const slot = slots.get(m.publishedSlotId!)!;
      const otherId = m.participantA === id ? m.participantB : m.participantA;
      const v = views.get(otherId);
      const mine = (stage: 'event' | 'followup') => {
        const o = outcomes.find((x) => x.meetingId === m.id && x.stage === stage);
        return o ? { outcome: o.outcome, comment: o.comment } : null;
      };
      return {
        id: m.id,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        table: settings.tableNames[(m.publishedTable ?? 1) - 1] ?? String(m.publishedTable ?? ''),
        status: m.status as AgendaMeeting['status'],
        counterpart: {
          id: otherId,
          name: v?.name ?? '',
          organisation: v?.organisation?.name ?? '',
          role: v?.role ?? 'other',
          languages: v?.languages ?? [],
          country: v?.organisation?.country ?? null,
        },
        outcomes: { event: mine('event'), followup: mine('followup') },
      };
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const self = views.get(id);
  const setup = readDaySetup(settings);
  return {
    event,
    published: settings.publishedAt !== null,
    participant: { id, name: self?.name ?? '', organisation: self?.organisation?.name ?? '', role: participant.p.role, checkInCode: participant.checkInCode },
    breaks: (setup?.breaks ?? []).map((b) => ({ label: b.label, startsAt: b.startsAt, endsAt: b.endsAt })),
    meetings,
  };
}

/** The agenda as an A4 PDF in the reader's language, with the check-in QR code. */
export async function agendaPdf({ db, actor, eventId, participantId, locale, baseUrl }: { db: Db; actor: Actor; eventId: string; participantId: string; locale: Locale; baseUrl: string }) {
  const agenda = await getAgenda({ db, actor, eventId, participantId });
  const items: AgendaItem[] = [
    ...agenda.meetings
      .filter((m) => m.status !== 'no_show')
      .map((m) => ({
        kind: 'meeting' as const,
        startsAt: new Date(m.startsAt),
        endsAt: new Date(m.endsAt),
        table: m.table,
        counterpart: { name: m.counterpart.name, organisation: m.counterpart.organisation, role: m.counterpart.role, languages: m.counterpart.languages },
      })),
  ];
  if (items.length) {
    const first = items[0]!.startsAt.getTime();
    const last = Math.max(...items.map((i) => i.endsAt.getTime()));
    for (const b of agenda.breaks) {
      const start = new Date(b.startsAt);
      if (start.getTime() > first && start.getTime() < last) items.push({ kind: 'break', startsAt: start, endsAt: new Date(b.endsAt), label: b.label });
    }
  }
  items.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const qr = await checkInQrPng(baseUrl, agenda.participant.checkInCode).catch(() => undefined);
  // pdfkit and the fonts are loaded when the first agenda is printed, not when the server starts.
  const { renderAgendaPdf } = await import('./render-agenda-pdf');
  const pdf = await renderAgendaPdf({
    locale,
    timeZone: agenda.event.timeZone,
    eventTitle: eventTitle(agenda.event.title, locale),
    place: formatEventWhere(agenda.event, locale),
    participant: { name: agenda.participant.name, organisation: agenda.participant.organisation, role: agenda.participant.role },
    published: agenda.published,
    items,
    printedAt: new Date(),
    ...(qr ? { checkIn: { png: qr, code: agenda.participant.checkInCode } } : {}),
  });
  const safe = (s: string) => s.normalize('NFD').replace(/[^\w-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return { pdf, fileName: `agenda-${safe(agenda.participant.name) || agenda.participant.id}.pdf` };
}

/** Calendar feed source: a person's published convention meetings (missed or called-off ones as CANCELLED). */
export async function conventionCalendarEntries(db: Db, userId: string, ctx: { locale: Locale; baseUrl: string }): Promise<IcsEntry[]> {
  const mine = await db
    .select({ p: conventionParticipants, event: events, slug: networks.slug })
    .from(conventionParticipants)
    .innerJoin(events, eq(events.id, conventionParticipants.eventId))
    .innerJoin(networks, eq(networks.id, events.networkId))
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, conventionParticipants.registrationId))
    .where(and(eq(conventionParticipants.userId, userId), eq(eventRegistrations.status, 'confirmed')));
  const entries: IcsEntry[] = [];
  const l = agendaLabels[ctx.locale];
  for (const { p, event } of mine) {
    const views = new Map((await loadParticipantViews(db, event.id)).map((v) => [v.id, v]));
    const slots = new Map((await listSlots(db, event.id)).map((s) => [s.id, s]));
    const [settings] = await db.select().from(conventionSettings).where(eq(conventionSettings.eventId, event.id));
    const rows = await db
      .select()
      .from(conventionMeetings)
      .where(and(eq(conventionMeetings.eventId, event.id), or(eq(conventionMeetings.participantA, p.id), eq(conventionMeetings.participantB, p.id)), isNotNull(conventionMeetings.publishedSlotId)));
    const link = conventionLink(ctx.baseUrl, await networkSlugOf(db, event.networkId), event.id, 'agenda');
    for (const m of rows) {
      const slot = slots.get(m.publishedSlotId!);
      if (!slot) continue;
      const other = views.get(m.participantA === p.id ? m.participantB : m.participantA);
      const name = settings?.tableNames[(m.publishedTable ?? 1) - 1] ?? String(m.publishedTable ?? '');
      const table = /^\d+$/.test(name) ? `${l.table} ${name}` : name;
      const where = formatEventWhere(event, ctx.locale);
      entries.push({
        uid: `convention-meeting-${m.id}@maillage`,
        start: slot.startsAt,
        end: slot.endsAt,
        timeZone: event.timeZone,
        summary: fillLabel(l.meetingSummary, { name: [other?.name, other?.organisation?.name].filter(Boolean).join(' – ') }),
        description: [eventTitle(event.title, ctx.locale), table, link].join('\n'),
        location: [where, table].filter(Boolean).join(' — '),
        url: link,
        status: m.status === 'scheduled' || m.status === 'held' ? 'CONFIRMED' : 'CANCELLED',
        sequence: Math.max(0, Math.floor((m.updatedAt.getTime() - event.createdAt.getTime()) / 1000)),
        lastModified: m.updatedAt,
        categories: ['business_meeting'],
      });
    }
  }
  return entries;
}
