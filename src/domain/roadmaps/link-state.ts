// When a record that implements a roadmap action is done, planned or called off — the one definition used by
// roadmap progress and by the RCR79 indicator. Expressions over a row `l` of roadmap_action_links.

/** 'done' | 'planned' | 'cancelled' for the linked record. */
export const linkStateSql = `CASE
    WHEN l.event_id IS NOT NULL THEN (SELECT CASE WHEN e.status = 'cancelled' THEN 'cancelled' WHEN e.status = 'published' AND e.ends_at <= now() THEN 'done' ELSE 'planned' END FROM events e WHERE e.id = l.event_id)
    WHEN l.taskforce_id IS NOT NULL THEN (SELECT CASE t.status WHEN 'closed' THEN 'done' WHEN 'abandoned' THEN 'cancelled' ELSE 'planned' END FROM taskforces t WHERE t.id = l.taskforce_id)
    WHEN l.booking_id IS NOT NULL THEN (SELECT CASE WHEN b.status IN ('declined', 'cancelled') THEN 'cancelled' WHEN b.status = 'approved' AND b.ends_at <= now() THEN 'done' ELSE 'planned' END FROM resource_bookings b WHERE b.id = l.booking_id)
    WHEN l.referral_id IS NOT NULL THEN (SELECT CASE rf.status WHEN 'filled' THEN 'done' WHEN 'closed_unfilled' THEN 'cancelled' ELSE 'planned' END FROM referrals rf WHERE rf.id = l.referral_id)
    WHEN l.post_id IS NOT NULL THEN (SELECT CASE p.status WHEN 'fulfilled' THEN 'done' WHEN 'closed' THEN 'cancelled' ELSE 'planned' END FROM posts p WHERE p.id = l.post_id)
  END`;

/** When the linked record became done (NULL while it is not). */
export const linkDoneAtSql = `CASE
    WHEN l.event_id IS NOT NULL THEN (SELECT e.ends_at FROM events e WHERE e.id = l.event_id AND e.status = 'published' AND e.ends_at <= now())
    WHEN l.taskforce_id IS NOT NULL THEN (SELECT t.closed_at FROM taskforces t WHERE t.id = l.taskforce_id AND t.status = 'closed')
    WHEN l.booking_id IS NOT NULL THEN (SELECT b.ends_at FROM resource_bookings b WHERE b.id = l.booking_id AND b.status = 'approved' AND b.ends_at <= now())
    WHEN l.referral_id IS NOT NULL THEN (SELECT rf.closed_at FROM referrals rf WHERE rf.id = l.referral_id AND rf.status = 'filled')
    WHEN l.post_id IS NOT NULL THEN (SELECT p.closed_at FROM posts p WHERE p.id = l.post_id AND p.status = 'fulfilled')
  END`;
