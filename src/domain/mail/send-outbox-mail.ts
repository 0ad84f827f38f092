import { eq, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Db } from '../../db/client';
import { outbox } from '../../db/schema';

const transporters = new Map<string, Transporter>();

async function transporterFor(smtpUrl: string): Promise<Transporter> {
  let t = transporters.get(smtpUrl);
  if (!t) {
    // Loaded on first use: platforms without SMTP never pay for it at start.
    const { default: nodemailer } = await import('nodemailer');
    t = nodemailer.createTransport(smtpUrl);
    transporters.set(smtpUrl, t);
  }
  return t;
}

export interface SendOutboxMailOptions {
  db: Db;
  outboxId: string;
  smtpUrl: string | undefined;
  from: string;
}

/**
 * Sends one outbox message. Without SMTP configured, the mail stays pending in the outbox where admins see it.
 * A failure is recorded on the message and rethrown so the job queue retries it with backoff.
 */
export async function sendOutboxMail({ db, outboxId, smtpUrl, from }: SendOutboxMailOptions): Promise<'sent' | 'kept' | 'skipped'> {
  const [mail] = await db.select().from(outbox).where(eq(outbox.id, outboxId));
  if (!mail || mail.status === 'sent') return 'skipped';
  if (!smtpUrl) return 'kept';
  try {
    await (await transporterFor(smtpUrl)).sendMail({
      from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.bodyText,
      ...(mail.bodyHtml ? { html: mail.bodyHtml } : {}),
    });
    await db
      .update(outbox)
      .set({ status: 'sent', sentAt: new Date(), attempts: sql`${outbox.attempts} + 1`, lastError: null })
      .where(eq(outbox.id, outboxId));
    return 'sent';
  } catch (error) {
    await db
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, lastError: (error as Error).message })
      .where(eq(outbox.id, outboxId));
    throw error;
  }
}
