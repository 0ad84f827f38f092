import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staffLoans } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, forbidden } from '../errors';
import type { Actor } from '../policy/actor';
import { loadBookingView } from './booking-view';
import { staffLoanSchema, type StaffLoanInput } from './resource-schema';

/**
 * Records (or corrects) the staff-loan agreement of a booking of skilled staff: who is lent, their consent and its
 * date, the hourly cost passed on without profit and how it was computed, and the agreement's reference. The loan's
 * duration is the booking's range. Only the lending organisation records it, and it is needed before approval.
 */
export async function recordStaffLoan(opts: { db: Db; actor: Actor; bookingId: string; input: StaffLoanInput }) {
  const { db, actor, bookingId } = opts;
  const input = staffLoanSchema.parse(opts.input);
  const view = await loadBookingView(db, actor, bookingId);
  if (!view.canManage) throw forbidden('Only the lending organisation records the staff loan');
  if (view.resource.kind !== 'staff') throw new AppError('validation', 'Only bookings of skilled staff have a staff-loan record', 'bookingId');
  if (view.booking.status === 'declined' || view.booking.status === 'cancelled')
    throw new AppError('conflict', `This booking is ${view.booking.status}`, 'status', { status: view.booking.status });
  if (input.consentDate > view.booking.endsAt.toISOString().slice(0, 10))
    throw new AppError('validation', 'The consent must be given before the loan ends', 'consentDate');
  const values = { ...input, recordedBy: actor.userId, updatedAt: new Date() };
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.insert(staffLoans).values({ bookingId, ...values }).onConflictDoUpdate({ target: staffLoans.bookingId, set: values });
    await recordAudit(t, actor, view.staffLoan ? 'update' : 'create', 'staff_loan', bookingId, {
      personName: input.personName,
      agreementReference: input.agreementReference,
      hourlyCostCents: input.hourlyCostCents,
    });
  });
  const [row] = await db.select().from(staffLoans).where(eq(staffLoans.bookingId, bookingId));
  return row!;
}
