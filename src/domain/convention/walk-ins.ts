import { z } from 'zod';
import type { Db } from '../../db/client';
import { conventionParticipants, eventRegistrations } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { newCheckInCode } from '../events/registrations';
import type { Actor } from '../policy/actor';
import { loadConventionToManage, lockConvention } from './convention-access';
import { participantRoles, spokenLanguages } from './convention-model';

export const walkInSchema = z.object({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200).default(''),
  /** Optional: a walk-in without an e-mail gets their agenda printed at the desk. */
  email: z.email().max(320).nullable().optional(),
  role: z.enum(participantRoles).default('other'),
  languages: z.array(z.enum(spokenLanguages)).max(spokenLanguages.length).default([]),
  /** Added at the desk: checked in at once unless told otherwise. */
  checkIn: z.boolean().default(true),
});

/**
 * On the day: someone without an account comes to the desk. The coordinator registers them (a confirmed
 * registration without a user, checked in) with a participant profile holding their name, organisation and e-mail.
 * They can then be introduced to others and fitted into free slots with "fit late requests"; their agenda prints
 * like anyone's. Capacity and the request deadline do not apply: the coordinator decides at the desk.
 */
export async function addWalkIn({ db, actor, eventId, input }: { db: Db; actor: Actor; eventId: string; input: z.infer<typeof walkInSchema> }) {
  await loadConventionToManage(db, actor, eventId);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await lockConvention(tx, eventId);
    const now = new Date();
    const [registration] = await tx
      .insert(eventRegistrations)
      .values({
        eventId,
        userId: null,
        organisationId: null,
        status: 'confirmed',
        checkInCode: newCheckInCode(),
        confirmedAt: now,
        ...(input.checkIn ? { checkedInAt: now, checkedInBy: actor.userId, attendance: 'attended' as const } : {}),
      })
      .returning();
    const [participant] = await tx
      .insert(conventionParticipants)
      .values({
        eventId,
        registrationId: registration!.id,
        userId: null,
        organisationId: null,
        role: input.role,
        languages: input.languages,
        walkInName: input.name,
        walkInOrganisation: input.organisation,
        walkInEmail: input.email ?? null,
      })
      .returning({ id: conventionParticipants.id });
    await recordAudit(tx, actor, 'walk-in', 'convention_participant', participant!.id, { registrationId: registration!.id, checkedIn: input.checkIn });
    return { participantId: participant!.id, registrationId: registration!.id, checkInCode: registration!.checkInCode, checkedIn: input.checkIn };
  });
}
