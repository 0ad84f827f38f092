import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import {
  conventionParticipants,
  conventionUnavailability,
  eventRegistrations,
  organisations,
  users,
  type Locale,
  type OrganisationKind,
} from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { normaliseNaceCodes } from '../classifications/nace';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { loadConvention, loadConventionToManage, lockConvention, myParticipant, myRegistration, refuse, type ParticipantRow } from './convention-access';
import { keywordList, participantRoles, spokenLanguages, type ParticipantRole } from './convention-model';
import { listSlots } from './convention-settings';

const naceList = (field: string) =>
  z
    .array(z.string().trim().min(1).max(12))
    .max(20)
    .transform((codes, ctx) => {
      try {
        return normaliseNaceCodes(codes, field);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message, path: [Number(error.field?.split('.')[1] ?? 0)] });
        return z.NEVER;
      }
    });

export const profileInputSchema = z.object({
  role: z.enum(participantRoles),
  organisationId: z.uuid().nullable().optional(),
  presentation: z.string().trim().max(2000).default(''),
  offerCodes: naceList('offerCodes').default([]),
  needCodes: naceList('needCodes').default([]),
  offerKeywords: keywordList.default([]),
  needKeywords: keywordList.default([]),
  languages: z.array(z.enum(spokenLanguages)).max(spokenLanguages.length).default([]),
});
export type ProfileInput = z.infer<typeof profileInputSchema>;

const countryLanguages: Record<string, string[]> = { BE: ['fr', 'nl', 'de'], LU: ['lb', 'fr', 'de'], FR: ['fr'], DE: ['de'], NL: ['nl'] };

/** A first event profile from the organisation's directory profile: the participant only corrects it. */
export function draftProfile(org: { kind: OrganisationKind; naceCodes: string[]; capabilities: string[]; tags: string[]; country: string } | undefined, locale: Locale): ProfileInput {
  const role: ParticipantRole = !org ? 'other' : org.kind === 'public' ? 'buyer' : org.kind === 'company' || org.kind === 'sse' || org.kind === 'association' ? 'supplier' : 'other';
  const languages = [...new Set([locale, ...(org ? (countryLanguages[org.country] ?? []) : [])])].filter((l): l is (typeof spokenLanguages)[number] =>
    (spokenLanguages as readonly string[]).includes(l),
  );
  return {
    role,
    organisationId: null,
    presentation: '',
    offerCodes: (org?.naceCodes ?? []).slice(0, 20),
    needCodes: [],
    offerKeywords: [...new Set([...(org?.capabilities ?? []), ...(org?.tags ?? [])])].slice(0, 30),
    needKeywords: [],
    languages: languages.slice(0, 3),
  };
}

/** A participant as others see them in the catalogue. */
export interface ParticipantView {
  id: string;
  userId: string | null;
  name: string;
  /** A walk-in's organisation has no id, country or kind (only the name typed at the desk). */
  organisation: { id: string | null; name: string; country: string | null; kind: OrganisationKind | null } | null;
  /** Added at the desk on the day, without an account. */
  walkIn?: boolean;
  role: ParticipantRole;
  presentation: string;
  offerCodes: string[];
  needCodes: string[];
  offerKeywords: string[];
  needKeywords: string[];
  languages: string[];
  maxMeetings: number | null;
  fixedTable: number | null;
  absent: boolean;
  checkedIn: boolean;
  /** Unavailable slots: shown to the participant and the coordinators only. */
  unavailableSlotIds?: string[];
}

/** Every participant with a confirmed registration and a profile, with their names. */
export async function loadParticipantViews(db: Db, eventId: string): Promise<ParticipantView[]> {
  const rows = await db
    .select({
      p: conventionParticipants,
      userName: users.name,
      org: { id: organisations.id, name: organisations.name, country: organisations.country, kind: organisations.kind },
      checkedInAt: eventRegistrations.checkedInAt,
      registrationStatus: eventRegistrations.status,
    })
    .from(conventionParticipants)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, conventionParticipants.registrationId))
    .leftJoin(users, eq(users.id, conventionParticipants.userId))
    .leftJoin(organisations, eq(organisations.id, conventionParticipants.organisationId))
    .where(and(eq(conventionParticipants.eventId, eventId), eq(eventRegistrations.status, 'confirmed')));
  return rows.map(({ p, userName, org, checkedInAt }) => ({
    id: p.id,
    userId: p.userId,
    name: userName ?? p.walkInName ?? '',
    // A walk-in's organisation is only a name typed at the desk.
    organisation: org?.id ? { id: org.id, name: org.name, country: org.country, kind: org.kind } : p.walkInOrganisation ? { id: null, name: p.walkInOrganisation, country: null, kind: null } : null,
    walkIn: p.walkInName !== null,
    role: p.role,
    presentation: p.presentation,
    offerCodes: p.offerCodes,
    needCodes: p.needCodes,
    offerKeywords: p.offerKeywords,
    needKeywords: p.needKeywords,
    languages: p.languages,
    maxMeetings: p.maxMeetings,
    fixedTable: p.fixedTable,
    absent: p.absentAt !== null,
    checkedIn: checkedInAt !== null,
  }));
}

export async function unavailableByParticipant(db: Db, participantIds: string[]) {
  const map = new Map<string, string[]>();
  if (!participantIds.length) return map;
  const rows = await db.select().from(conventionUnavailability).where(inArray(conventionUnavailability.participantId, participantIds));
  for (const r of rows) map.set(r.participantId, [...(map.get(r.participantId) ?? []), r.slotId]);
  return map;
}

/**
 * The actor's side of the convention: their registration, their profile (or a draft from their organisation
 * when they have none yet) and the organisations they could represent.
 */
export async function getMyProfile({ db, actor, eventId, locale }: { db: Db; actor: Actor; eventId: string; locale: Locale }) {
  await loadConvention(db, actor, eventId);
  const registration = await myRegistration(db, actor, eventId);
  const participant = await myParticipant(db, actor, eventId);
  const orgIds = [...actor.organisationIds];
  const orgRows = orgIds.length ? await db.select().from(organisations).where(inArray(organisations.id, orgIds)) : [];
  const chosen = participant?.organisationId ?? registration?.organisationId ?? orgRows[0]?.id ?? null;
  const org = orgRows.find((o) => o.id === chosen);
  const unavailable = participant ? ((await unavailableByParticipant(db, [participant.id])).get(participant.id) ?? []) : [];
  return {
    registration: registration ? { id: registration.id, status: registration.status, checkedIn: registration.checkedInAt !== null } : null,
    participant: participant ? { ...toInput(participant), id: participant.id, maxMeetings: participant.maxMeetings, fixedTable: participant.fixedTable, unavailableSlotIds: unavailable } : null,
    draft: participant ? null : { ...draftProfile(org, locale), organisationId: chosen },
    organisations: orgRows.map((o) => ({ id: o.id, name: o.name })),
  };
}

const toInput = (p: ParticipantRow): ProfileInput => ({
  role: p.role,
  organisationId: p.organisationId,
  presentation: p.presentation,
  offerCodes: p.offerCodes,
  needCodes: p.needCodes,
  offerKeywords: p.offerKeywords,
  needKeywords: p.needKeywords,
  languages: p.languages as ProfileInput['languages'],
});

/** Creates or updates the actor's event profile; only people with a confirmed registration take part. */
export async function saveMyProfile({ db, actor, eventId, input }: { db: Db; actor: Actor; eventId: string; input: ProfileInput }) {
  await loadConvention(db, actor, eventId);
  const registration = await myRegistration(db, actor, eventId);
  if (!registration || registration.status !== 'confirmed')
    throw refuse('forbidden', 'not_registered', 'Only people with a confirmed registration to the event take part in the meetings');
  const organisationId = input.organisationId ?? registration.organisationId ?? null;
  if (organisationId && !actor.organisationIds.has(organisationId) && organisationId !== registration.organisationId)
    throw new AppError('validation', 'You do not represent this organisation', 'organisationId');
  const values = { ...input, organisationId, updatedAt: new Date() };
  const existing = await myParticipant(db, actor, eventId);
  let row: ParticipantRow;
  if (existing) [row] = (await db.update(conventionParticipants).set(values).where(eq(conventionParticipants.id, existing.id)).returning()) as [ParticipantRow];
  else
    [row] = (await db
      .insert(conventionParticipants)
      .values({ ...values, eventId, registrationId: registration.id, userId: actor.userId })
      .returning()) as [ParticipantRow];
  await recordAudit(db, actor, existing ? 'update' : 'create', 'convention_participant', row.id, { role: row.role });
  return row;
}

export const coordinatorParticipantSchema = z.object({
  maxMeetings: z.number().int().min(0).max(200).nullable().optional(),
  fixedTable: z.number().int().min(1).max(2000).nullable().optional(),
  unavailableSlotIds: z.array(z.uuid()).max(240).optional(),
  role: z.enum(participantRoles).optional(),
});

/** What the coordinator sets for one participant: cap, exhibitor's table, slots they cannot attend. */
export async function updateParticipantAsCoordinator({
  db,
  actor,
  eventId,
  participantId,
  input,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  participantId: string;
  input: z.infer<typeof coordinatorParticipantSchema>;
}) {
  const { settings } = await loadConventionToManage(db, actor, eventId);
  const [p] = await db.select().from(conventionParticipants).where(and(eq(conventionParticipants.id, participantId), eq(conventionParticipants.eventId, eventId)));
  if (!p) throw notFound('Participant', 'participantId');
  if (input.fixedTable && input.fixedTable > settings.tableNames.length)
    throw new AppError('validation', `There are ${settings.tableNames.length} tables`, 'fixedTable');
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await lockConvention(tx, eventId);
    const set: Partial<typeof conventionParticipants.$inferInsert> = { updatedAt: new Date() };
    if (input.maxMeetings !== undefined) set.maxMeetings = input.maxMeetings;
    if (input.fixedTable !== undefined) set.fixedTable = input.fixedTable;
    if (input.role) set.role = input.role;
    await tx.update(conventionParticipants).set(set).where(eq(conventionParticipants.id, participantId));
    if (input.unavailableSlotIds) {
      const known = new Set((await listSlots(tx, eventId)).map((s) => s.id));
      input.unavailableSlotIds.forEach((id, i) => {
        if (!known.has(id)) throw new AppError('validation', 'Unknown slot', `unavailableSlotIds.${i}`);
      });
      await tx.delete(conventionUnavailability).where(eq(conventionUnavailability.participantId, participantId));
      if (input.unavailableSlotIds.length)
        await tx.insert(conventionUnavailability).values([...new Set(input.unavailableSlotIds)].map((slotId) => ({ participantId, slotId })));
    }
    await recordAudit(tx, actor, 'update', 'convention_participant', participantId, input);
  });
  return (await loadParticipantViews(db, eventId)).find((v) => v.id === participantId);
}
