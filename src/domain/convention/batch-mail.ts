import type { Db } from '../../db/client';
import { jobs, outbox } from '../../db/schema';
import type { MailMessage } from '../mail/enqueue-mail';

/**
 * Many e-mails at once (a schedule published to hundreds of participants): the same outbox rows and send jobs as
 * `enqueueMail`, written with two statements per batch instead of two per message.
 */
export async function enqueueMails(db: Db, messages: MailMessage[]) {
  for (let i = 0; i < messages.length; i += 500) {
    const batch = messages.slice(i, i + 500);
    const rows = await db
      .insert(outbox)
      .values(batch.map((m) => ({ toAddress: m.to, subject: m.subject, bodyText: m.text, bodyHtml: m.html ?? null })))
      .returning({ id: outbox.id });
    if (rows.length) await db.insert(jobs).values(rows.map((r) => ({ name: 'mail.send', payload: { outboxId: r.id } })));
  }
}
