import type { Db } from '../../db/client';
import { outbox } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Every e-mail goes through the outbox in the same transaction as the change that causes it, so that a crash
 * never sends mail for a change that was rolled back, nor loses the mail of a change that was committed.
 */
export async function enqueueMail(db: Db, message: MailMessage) {
  const [row] = await db
    .insert(outbox)
    .values({ toAddress: message.to, subject: message.subject, bodyText: message.text, bodyHtml: message.html ?? null })
    .returning({ id: outbox.id });
  if (!row) throw new Error('insert returned no row');
  await enqueueJob(db, 'mail.send', { outboxId: row.id });
  return row.id;
}
