import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { jobs, outbox } from '../../db/schema';
import { jobDefinitions } from '../../jobs/definitions';
import { createWorker } from '../../jobs/worker';
import { createLogger } from '../../logger';
import { uniq } from '../../../tests/factories';
import { openTestDatabase, testConfig } from '../../../tests/test-database';
import { enqueueMail } from './enqueue-mail';

/** A real SMTP server on loopback receives what the outbox job sends; no mock transport. */
interface Received {
  from: string;
  to: string[];
  data: string;
}

let database: Database;
let smtp: SMTPServer;
let smtpPort = 0;
const received: Received[] = [];
let rejectNext = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        if (rejectNext > 0) {
          rejectNext--;
          return callback(Object.assign(new Error('Mailbox unavailable, try later'), { responseCode: 451 }));
        }
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  await database?.close();
});

const workerWith = (smtpUrl?: string) =>
  createWorker({
    db: database.db,
    config: testConfig(smtpUrl ? { SMTP_URL: smtpUrl, MAIL_FROM: 'Maillage <noreply@maillage.test>' } : {}),
    log: createLogger('silent'),
    definitions: jobDefinitions,
    pollMs: 0,
  });

const jobFor = async (outboxId: string) => {
  const rows = await database.db.select().from(jobs).where(eq(jobs.name, 'mail.send'));
  return rows.find((j) => (j.payload as { outboxId: string }).outboxId === outboxId)!;
};

describe('outbox and SMTP', () => {
  it('without SMTP_URL, mail stays pending in the outbox', async () => {
    const to = `${uniq('kept')}@example.test`;
    const id = await enqueueMail(database.db, { to, subject: 'Réunion du comité', text: 'Ordre du jour' });
    await workerWith().drain();
    const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row?.status).toBe('pending');
    expect(received.some((r) => r.to.includes(to))).toBe(false);
  });

  it('sends through a real SMTP server with accents intact and marks the mail sent', async () => {
    const to = `${uniq('sent')}@example.test`;
    const id = await enqueueMail(database.db, { to, subject: 'Convention d’affaires — Metz', text: 'Grüße aus Saarbrücken, à bientôt à Liège' });
    await workerWith(`smtp://127.0.0.1:${smtpPort}`).drain();
    const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row?.status).toBe('sent');
    expect(row?.sentAt).toBeInstanceOf(Date);
    const got = received.find((r) => r.to.includes(to));
    expect(got?.from).toBe('noreply@maillage.test');
    expect(got?.data).toMatch(/Subject: =\?UTF-8\?/i);
    expect((await jobFor(id)).status).toBe('done');
  });

  it('retries a temporary SMTP failure later and records the error', async () => {
    const to = `${uniq('retry')}@example.test`;
    rejectNext = 1;
    const id = await enqueueMail(database.db, { to, subject: 'Retry', text: 'x' });
    const worker = workerWith(`smtp://127.0.0.1:${smtpPort}`);
    await worker.drain();
    const [failed] = await database.db.select().from(outbox).where(eq(outbox.id, id));
    expect(failed?.status).toBe('pending');
    expect(failed?.lastError).toContain('Mailbox unavailable');
    const job = await jobFor(id);
    expect(job.status).toBe('queued');
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now());
    // Make the retry due now instead of waiting for the backoff.
    await database.db.update(jobs).set({ runAt: new Date(Date.now() - 1000) }).where(eq(jobs.id, job.id));
    await worker.drain();
    const [sent] = await database.db.select().from(outbox).where(eq(outbox.id, id));
    expect(sent?.status).toBe('sent');
    expect(sent?.attempts).toBe(2);
  });

  it('marks the mail failed after the last attempt', async () => {
    const to = `${uniq('dead')}@example.test`;
    const id = await enqueueMail(database.db, { to, subject: 'Dead', text: 'x' });
    const job = await jobFor(id);
    await database.db.update(jobs).set({ maxAttempts: 1 }).where(eq(jobs.id, job.id));
    await workerWith('smtp://127.0.0.1:1').drain();
    const [row] = await database.db.select().from(outbox).where(eq(outbox.id, id));
    expect(row?.status).toBe('failed');
    expect((await jobFor(id)).status).toBe('failed');
  });
});
