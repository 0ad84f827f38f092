import { z } from 'zod';
import type { Db } from '../../db/client';
import { assertEvidence } from '../indicators/indicator-access';
import { runSql } from '../indicators/run-sql';
import type { Actor } from '../policy/actor';
import { linkKinds } from './roadmap-schema';

export const candidatesQuery = z.object({ kind: z.enum(linkKinds) });

const candidatesSql: Record<(typeof linkKinds)[number], string> = {
  event: `SELECT e.id, e.title, e.starts_at AS at, e.kind AS detail FROM events e
           WHERE e.network_id = $1 AND e.status <> 'cancelled' ORDER BY e.starts_at DESC LIMIT 300`,
  taskforce: `SELECT t.id, t.title, t.created_at AS at, t.status AS detail FROM taskforces t
               WHERE t.network_id = $1 ORDER BY t.created_at DESC LIMIT 300`,
  booking: `SELECT b.id, jsonb_build_object('und', r.name || ' — ' || o.name) AS title, b.starts_at AS at, b.status AS detail
              FROM resource_bookings b JOIN resources r ON r.id = b.resource_id JOIN organisations o ON o.id = b.borrower_organisation_id
             WHERE b.kind = 'booking' AND b.status IN ('pending', 'approved')
               AND EXISTS (SELECT 1 FROM resource_networks rn WHERE rn.resource_id = b.resource_id AND rn.network_id = $1)
             ORDER BY b.starts_at DESC LIMIT 300`,
  referral: `SELECT rf.id, p.title, rf.created_at AS at, rf.status AS detail FROM referrals rf JOIN posts p ON p.id = rf.post_id
              WHERE rf.network_id = $1 ORDER BY rf.created_at DESC LIMIT 300`,
  post: `SELECT p.id, p.title, p.created_at AS at, p.kind AS detail FROM posts p
          WHERE EXISTS (SELECT 1 FROM post_networks pn WHERE pn.post_id = p.id AND pn.network_id = $1)
          ORDER BY p.created_at DESC LIMIT 300`,
};

/** Records of the network a coordinator may link to a roadmap action, newest first. */
export async function listLinkCandidates({ db, actor, networkId, kind }: { db: Db; actor: Actor; networkId: string; kind: (typeof linkKinds)[number] }) {
  assertEvidence(actor, networkId);
  const rows = await runSql<{ id: string; title: Record<string, string> | null; at: Date | string; detail: string }>(db, candidatesSql[kind], [networkId]);
  return rows.map((r) => ({ id: r.id, title: r.title ?? {}, at: new Date(r.at).toISOString(), detail: r.detail }));
}
