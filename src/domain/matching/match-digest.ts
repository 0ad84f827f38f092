import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { jobs, networks, postMatchNotices, postNetworks, type Translated } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { enqueueMail } from '../mail/enqueue-mail';
import { renderNeedsMail } from '../mail/needs-mail-templates';
import { loadActor } from '../policy/actor';
import { representativesOf } from '../posts/recipients';
import { runnerOf } from '../skills/sql-runner';
import { describeReason, labelsOfReasons } from './describe-reasons';
import { digestSubscribers } from './digest-preference';
import { rankCounterparts, type PostMatch, type SourcePost } from './find-matches';

export const digestPayload = z.object({ baseUrl: z.string().url() });

/** A match worth a line in the digest: enough shared substance, not just a neighbour. */
export const DIGEST_MIN_SCORE = 30;
const PER_POST = 3;

/** Next Monday, 06:00 UTC (07:00 or 08:00 in Brussels): the digest goes out at the start of the working week. */
export function nextDigestTime(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6, 0, 0));
  const days = (8 - next.getUTCDay()) % 7 || (next.getTime() <= now.getTime() ? 7 : 0);
  next.setUTCDate(next.getUTCDate() + days);
  return next;
}

/** Queues the weekly digest unless one is already waiting (every new post calls this; the digest re-queues itself). */
export async function scheduleMatchDigest(db: Db, baseUrl: string, now = new Date()) {
  const [queued] = await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.name, 'matches.digest'), eq(jobs.status, 'queued'))).limit(1);
  if (queued) return queued.id;
  return enqueueJob(db, 'matches.digest', { baseUrl }, { runAt: nextDigestTime(now) });
}

const pick = (t: Translated, locale: string) => (t as Record<string, string | undefined>)[locale] || t.fr || Object.values(t).find((v) => !!v) || '';

interface OpenPostRow {
  id: string;
  kind: SourcePost['kind'];
  organisation_id: string;
  title: Translated;
  body: Translated;
  keywords: string[];
  nace_codes: string[];
  occupation_codes: string[];
  skill_codes: string[];
  match_codes: string[];
  lat: number | null;
  lon: number | null;
  network_ids: string[];
}

/**
 * Once a week: for every organisation with open posts, each representative who has not turned the digest off gets
 * one e-mail listing the new matches of those posts (as they may see them), at most three per post; a match is told
 * once. Then the next digest is queued.
 */
export async function sendMatchDigest(db: Db, payload: z.infer<typeof digestPayload>, now = new Date(), only?: { organisationIds: string[] }) {
  const open = await queryRows<OpenPostRow>(
    db,
    sql`SELECT p.id, p.kind, p.organisation_id, p.title, p.body, p.keywords, p.nace_codes, p.occupation_codes, p.skill_codes, p.match_codes,
          coalesce(p.latitude, o.latitude) AS lat, coalesce(p.longitude, o.longitude) AS lon,
          ARRAY(SELECT pn.network_id FROM post_networks pn WHERE pn.post_id = p.id) AS network_ids
        FROM posts p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.status IN ('open', 'in_discussion') AND (p.expires_on IS NULL OR p.expires_on >= current_date)
          AND ${only ? sql`p.organisation_id IN (SELECT unnest(${`{${only.organisationIds.join(',')}}`}::uuid[]))` : sql`true`}
        ORDER BY p.organisation_id, p.created_at DESC`,
  );
  const byOrganisation = new Map<string, OpenPostRow[]>();
  for (const p of open) byOrganisation.set(p.organisation_id, [...(byOrganisation.get(p.organisation_id) ?? []), p]);
  let mails = 0;
  for (const [organisationId, list] of byOrganisation) {
    const told = new Set(
      (await db.select().from(postMatchNotices).where(inArray(postMatchNotices.postId, list.map((p) => p.id)))).map((n) => `${n.postId}/${n.matchedPostId}`),
    );
    const notices = new Map<string, { postId: string; matchedPostId: string; score: number }>();
    const people = await representativesOf(db, [organisationId]);
    // Those who turned the digest off get nothing; the others get a link to turn it off in one click.
    const subscribed = await digestSubscribers(db, people.map((p) => p.userId));
    for (const person of people) {
      const token = subscribed.get(person.userId);
      if (!token) continue;
      const actor = await loadActor(db, person.userId);
      const lines: string[] = [];
      for (const p of list.slice(0, 20)) {
        const source: SourcePost = {
          id: p.id,
          kind: p.kind,
          organisationId,
          title: p.title,
          body: p.body,
          keywords: p.keywords,
          naceCodes: p.nace_codes,
          occupationCodes: p.occupation_codes,
          skillCodes: p.skill_codes,
          matchCodes: p.match_codes,
          latitude: p.lat,
          longitude: p.lon,
          networkIds: p.network_ids,
        };
        const { posts } = await rankCounterparts({ db, actor, source, limit: 10, organisations: false });
        const fresh: PostMatch[] = posts.filter((m) => m.score >= DIGEST_MIN_SCORE && !told.has(`${p.id}/${m.postId}`)).slice(0, PER_POST);
        if (!fresh.length) continue;
        const labels = await labelsOfReasons(runnerOf(db), fresh.flatMap((m) => m.reasons));
        lines.push(`« ${pick(p.title, person.locale)} »`);
        for (const m of fresh) {
          const why = m.reasons.slice(0, 2).map((r) => describeReason(r, person.locale, labels)).join(' · ');
          lines.push(`  – ${pick(m.title, person.locale)} — ${m.organisationName} (${why})`);
          notices.set(`${p.id}/${m.postId}`, { postId: p.id, matchedPostId: m.postId, score: m.score });
        }
      }
      if (!lines.length) continue;
      const [firstNetwork] = await db
        .select({ slug: networks.slug })
        .from(postNetworks)
        .innerJoin(networks, eq(networks.id, postNetworks.networkId))
        .where(eq(postNetworks.postId, list[0]!.id))
        .limit(1);
      const link = `${payload.baseUrl}/n/${encodeURIComponent(firstNetwork?.slug ?? '')}/needs?mine=1`;
      const count = lines.filter((l) => l.startsWith('  –')).length;
      const unsubscribe = `${payload.baseUrl}/digest/unsubscribe?token=${token}`;
      await enqueueMail(db, { to: person.email, ...renderNeedsMail('match-digest', person.locale, { name: person.name, count, list: lines.join('\n'), link, unsubscribe }) });
      mails++;
    }
    if (notices.size) await db.insert(postMatchNotices).values([...notices.values()]).onConflictDoNothing();
  }
  await scheduleMatchDigest(db, payload.baseUrl, new Date(now.getTime() + 60_000));
  return { mails, organisations: byOrganisation.size };
}
