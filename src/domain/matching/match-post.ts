import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networks, type Translated } from '../../db/schema';
import type { Actor } from '../policy/actor';
import { loadReadablePost } from '../posts/post-access';
import { runnerOf } from '../skills/sql-runner';
import { labelsOfReasons } from './describe-reasons';
import { rankCounterparts, type SourcePost } from './find-matches';

/**
 * The counterparts of a post the actor may read, ranked with their reasons, plus what the reasons need to be read
 * in any language: the labels of the codes they name and the names of the networks.
 */
export async function matchPost({ db, actor, postId, limit }: { db: Db; actor: Actor; postId: string; limit?: number }) {
  const { post, guard } = await loadReadablePost(db, actor, postId);
  const source: SourcePost = { ...post, networkIds: guard.networkIds };
  if (source.latitude === null || source.longitude === null) {
    // A post without its own place is where its organisation is.
    const [org] = await runnerOf(db).query<{ latitude: number | null; longitude: number | null }>('SELECT latitude, longitude FROM organisations WHERE id = $1', [post.organisationId]);
    source.latitude = org?.latitude ?? null;
    source.longitude = org?.longitude ?? null;
  }
  const ranked = await rankCounterparts({ db, actor, source, limit: limit ?? 10 });
  const reasons = [...ranked.posts, ...ranked.organisations].flatMap((m) => m.reasons);
  const labels = await labelsOfReasons(runnerOf(db), reasons);
  const networkIds = [...new Set(reasons.flatMap((r) => (r.kind === 'network' ? r.networkIds : [])))];
  const names = networkIds.length ? await db.select({ id: networks.id, name: networks.name }).from(networks).where(inArray(networks.id, networkIds)) : [];
  return {
    ...ranked,
    concepts: Object.fromEntries(labels) as Record<string, Translated>,
    networks: Object.fromEntries(names.map((n) => [n.id, n.name])) as Record<string, string>,
  };
}
