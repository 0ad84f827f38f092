// The counting rules, written once as SQL (docs/indicators.md says them in words). Each rule returns the records
// behind its figure, one row per counted unit, in the same columns:
//   kind, id, title (jsonb, translated or {"und": name}), at, organisation_id, organisation_name, country,
//   weight (what the row adds to the figure: 1, or hours), detail
// so that a figure is always the sum of the weights of its drill-down. Tokens: {networks} (uuid[]), {from} and
// {to} (timestamptz, the period is [from, to)). An event is "held" when it is published, started in the period and
// is over.

import { linkDoneAtSql } from '../roadmaps/link-state';

const inNetworks = '= ANY({networks})';

/** Published events of the scope that started in the period and are over. */
const heldEvent = (alias: string, from = '{from}') =>
  `${alias}.network_id ${inNetworks} AND ${alias}.status = 'published' AND ${alias}.starts_at >= ${from} AND ${alias}.starts_at < {to} AND ${alias}.ends_at <= now()`;

const resourceInScope = (bookingAlias: string) =>
  `EXISTS (SELECT 1 FROM resource_networks rn WHERE rn.resource_id = ${bookingAlias}.resource_id AND rn.network_id ${inNetworks})`;

const postInScope = (postIdExpr: string) =>
  `EXISTS (SELECT 1 FROM post_networks pn WHERE pn.post_id = ${postIdExpr} AND pn.network_id ${inNetworks})`;

/** Post kinds that express a need (as opposed to an offer). */
export const needKinds = ['capacity_sought', 'recruitment', 'training_need', 'subcontracting_sought', 'purchase_request', 'problem'] as const;
const needKindList = needKinds.map((k) => `'${k}'`).join(', ');

const orgTitle = (o: string) => `jsonb_build_object('und', ${o}.name)`;

/** Organisers of the event span two countries or more: a joint cross-border action (Interreg). */
const jointlyOrganised = (eventAlias: string) =>
  `(SELECT count(DISTINCT jo.country) FROM event_organisers jeo JOIN organisations jo ON jo.id = jeo.organisation_id WHERE jeo.event_id = ${eventAlias}.id) >= 2`;

/** Members of the taskforce come from two countries or more. */
const crossBorderTaskforce = (taskforceAlias: string) =>
  `(SELECT count(DISTINCT xo.country) FROM taskforce_members xtm JOIN organisations xo ON xo.id = xtm.organisation_id WHERE xtm.taskforce_id = ${taskforceAlias}.id) >= 2`;

/**
 * Every organisation that cooperated with an organisation of another country in the scope, from `tiesFrom` to
 * {to}: it co-organised a joint event, held a convention meeting, booked or lent a resource, worked in a taskforce
 * whose members span two countries, or concluded a matched post (deal or project). One row per organisation and
 * occasion; the indicators deduplicate.
 */
export const crossBorderTies = (tiesFrom = '{from}') => `
  SELECT eo.organisation_id AS org, e.starts_at AS at, 'event' AS via
    FROM events e JOIN event_organisers eo ON eo.event_id = e.id
    WHERE ${heldEvent('e', tiesFrom)} AND e.kind <> 'committee' AND ${jointlyOrganised('e')}
  UNION ALL
  SELECT x.org, e.starts_at, 'meeting'
    FROM events e JOIN convention_meetings m ON m.event_id = e.id AND m.status = 'held'
    JOIN convention_participants pa ON pa.id = m.participant_a JOIN organisations oa ON oa.id = pa.organisation_id
    JOIN convention_participants pb ON pb.id = m.participant_b JOIN organisations ob ON ob.id = pb.organisation_id
    CROSS JOIN LATERAL (VALUES (oa.id), (ob.id)) AS x(org)
    WHERE ${heldEvent('e', tiesFrom)} AND oa.country <> ob.country
  UNION ALL
  SELECT x.org, b.starts_at, 'booking'
    FROM resource_bookings b JOIN resources r ON r.id = b.resource_id
    JOIN organisations ob ON ob.id = b.borrower_organisation_id JOIN organisations oo ON oo.id = r.owner_organisation_id
    CROSS JOIN LATERAL (VALUES (ob.id), (oo.id)) AS x(org)
    WHERE b.kind = 'booking' AND b.status = 'approved' AND b.starts_at >= ${tiesFrom} AND b.starts_at < {to}
      AND ob.country <> oo.country AND ${resourceInScope('b')}
  UNION ALL
  SELECT tm.organisation_id, greatest(tm.joined_at, ${tiesFrom}), 'taskforce'
    FROM taskforces t JOIN taskforce_members tm ON tm.taskforce_id = t.id
    WHERE t.network_id ${inNetworks} AND tm.organisation_id IS NOT NULL AND tm.joined_at < {to}
      AND (t.closed_at IS NULL OR t.closed_at >= ${tiesFrom}) AND ${crossBorderTaskforce('t')}
  UNION ALL
  SELECT x.org, i.outcome_at, 'post'
    FROM post_interests i JOIN posts p ON p.id = i.post_id
    JOIN organisations op ON op.id = p.organisation_id JOIN organisations oi ON oi.id = i.organisation_id
    CROSS JOIN LATERAL (VALUES (op.id), (oi.id)) AS x(org)
    WHERE i.outcome IN ('deal', 'project') AND i.outcome_at >= ${tiesFrom} AND i.outcome_at < {to}
      AND op.country <> oi.country AND ${postInScope('p.id')}`;

/** Rows per organisation out of (org, at, via) rows: the organisation once, its first date and the ways. */
const perOrganisation = (source: string) => `
  SELECT 'organisation' AS kind, o.id::text AS id, ${orgTitle('o')} AS title, min(s.at) AS at, o.id AS organisation_id,
         o.name AS organisation_name, o.country, 1::float8 AS weight, string_agg(DISTINCT s.via, ', ' ORDER BY s.via) AS detail
    FROM (${source}) s JOIN organisations o ON o.id = s.org
    GROUP BY o.id`;

const members = (newOnly: boolean) => `
  SELECT 'organisation' AS kind, o.id::text AS id, ${orgTitle('o')} AS title, min(m.joined_at) AS at, o.id AS organisation_id,
         o.name AS organisation_name, o.country, 1::float8 AS weight, o.kind AS detail
    FROM network_organisations m JOIN organisations o ON o.id = m.organisation_id
    WHERE m.network_id ${inNetworks} AND m.joined_at < {to}
    GROUP BY o.id${newOnly ? '\n    HAVING min(m.joined_at) >= {from}' : ''}`;

/** Everything a member can take part in, as (org, at, via) rows within the period. */
const activities = `
  SELECT r.organisation_id AS org, e.starts_at AS at, 'event' AS via
    FROM events e JOIN event_registrations r ON r.event_id = e.id AND r.attendance = 'attended'
    WHERE ${heldEvent('e')}
  UNION ALL
  SELECT p.organisation_id, e.starts_at, 'meeting'
    FROM events e JOIN convention_meetings m ON m.event_id = e.id AND m.status = 'held'
    JOIN convention_participants p ON p.id IN (m.participant_a, m.participant_b)
    WHERE ${heldEvent('e')}
  UNION ALL
  SELECT x.org, b.starts_at, 'booking'
    FROM resource_bookings b JOIN resources res ON res.id = b.resource_id
    CROSS JOIN LATERAL (VALUES (b.borrower_organisation_id), (res.owner_organisation_id)) AS x(org)
    WHERE b.kind = 'booking' AND b.status = 'approved' AND b.starts_at >= {from} AND b.starts_at < {to} AND ${resourceInScope('b')}
  UNION ALL
  SELECT tm.organisation_id, greatest(tm.joined_at, {from}), 'taskforce'
    FROM taskforces t JOIN taskforce_members tm ON tm.taskforce_id = t.id
    WHERE t.network_id ${inNetworks} AND tm.joined_at < {to} AND (t.closed_at IS NULL OR t.closed_at >= {from})
  UNION ALL
  SELECT p.organisation_id, p.created_at, 'post'
    FROM posts p WHERE p.created_at >= {from} AND p.created_at < {to} AND ${postInScope('p.id')}
  UNION ALL
  SELECT i.organisation_id, i.created_at, 'post'
    FROM post_interests i WHERE i.created_at >= {from} AND i.created_at < {to} AND ${postInScope('i.post_id')}
  UNION ALL
  SELECT v.organisation_id, v.updated_at, 'roadmap'
    FROM roadmap_votes v JOIN roadmap_actions a ON a.id = v.action_id JOIN roadmaps rm ON rm.id = a.roadmap_id
    WHERE rm.network_id ${inNetworks} AND v.updated_at >= {from} AND v.updated_at < {to}
  UNION ALL
  SELECT c.author_organisation_id, c.created_at, 'roadmap'
    FROM roadmap_comments c JOIN roadmap_actions a ON a.id = c.action_id JOIN roadmaps rm ON rm.id = a.roadmap_id
    WHERE rm.network_id ${inNetworks} AND c.created_at >= {from} AND c.created_at < {to}`;

const activeMembers = `
  SELECT 'organisation' AS kind, o.id::text AS id, ${orgTitle('o')} AS title, min(a.at) AS at, o.id AS organisation_id,
         o.name AS organisation_name, o.country, 1::float8 AS weight, string_agg(DISTINCT a.via, ', ' ORDER BY a.via) AS detail
    FROM (${activities}) a
    JOIN organisations o ON o.id = a.org
    WHERE EXISTS (SELECT 1 FROM network_organisations m WHERE m.organisation_id = a.org AND m.network_id ${inNetworks} AND m.joined_at < {to})
    GROUP BY o.id`;

const events = (extra = '') => `
  SELECT 'event' AS kind, e.id::text AS id, e.title, e.starts_at AS at, NULL::uuid AS organisation_id, NULL::text AS organisation_name,
         e.country, 1::float8 AS weight, e.kind AS detail
    FROM events e WHERE ${heldEvent('e')}${extra}`;

const participations = (extra = '') => `
  SELECT 'registration' AS kind, r.id::text AS id, e.title, e.starts_at AS at, o.id AS organisation_id, o.name AS organisation_name,
         o.country, 1::float8 AS weight, e.kind AS detail
    FROM events e JOIN event_registrations r ON r.event_id = e.id AND r.attendance = 'attended'
    LEFT JOIN organisations o ON o.id = r.organisation_id
    WHERE ${heldEvent('e')}${extra}`;

const meetings = (extra = '') => `
  SELECT 'meeting' AS kind, m.id::text AS id, e.title, coalesce(s.starts_at, e.starts_at) AS at, oa.id AS organisation_id,
         oa.name AS organisation_name, oa.country, 1::float8 AS weight, coalesce(ob.name, '') AS detail
    FROM events e JOIN convention_meetings m ON m.event_id = e.id AND m.status = 'held'
    LEFT JOIN convention_slots s ON s.id = m.slot_id
    JOIN convention_participants pa ON pa.id = m.participant_a LEFT JOIN organisations oa ON oa.id = pa.organisation_id
    JOIN convention_participants pb ON pb.id = m.participant_b LEFT JOIN organisations ob ON ob.id = pb.organisation_id
    WHERE ${heldEvent('e')}${extra}`;

const bookings = (weight: string) => `
  SELECT 'booking' AS kind, b.id::text AS id, jsonb_build_object('und', r.name) AS title, b.starts_at AS at, ob.id AS organisation_id,
         ob.name AS organisation_name, ob.country, ${weight} AS weight, oo.name AS detail
    FROM resource_bookings b JOIN resources r ON r.id = b.resource_id
    JOIN organisations ob ON ob.id = b.borrower_organisation_id JOIN organisations oo ON oo.id = r.owner_organisation_id
    WHERE b.kind = 'booking' AND b.status = 'approved' AND b.borrower_organisation_id <> r.owner_organisation_id
      AND b.starts_at >= {from} AND b.starts_at < {to} AND ${resourceInScope('b')}`;

const posts = (condition: string, at: string) => `
  SELECT 'post' AS kind, p.id::text AS id, p.title, ${at} AS at, o.id AS organisation_id, o.name AS organisation_name,
         o.country, 1::float8 AS weight, p.kind AS detail
    FROM posts p JOIN organisations o ON o.id = p.organisation_id
    WHERE p.kind IN (${needKindList}) AND ${condition} AND ${at} >= {from} AND ${at} < {to} AND ${postInScope('p.id')}`;

const referrals = (condition: string, at: string) => `
  SELECT 'referral' AS kind, rf.id::text AS id, p.title, ${at} AS at, o.id AS organisation_id, o.name AS organisation_name,
         o.country, 1::float8 AS weight, op.name AS detail
    FROM referrals rf JOIN posts p ON p.id = rf.post_id JOIN organisations o ON o.id = p.organisation_id
    JOIN organisations op ON op.id = rf.operator_organisation_id
    WHERE rf.network_id ${inNetworks} AND ${condition} AND ${at} >= {from} AND ${at} < {to}`;

const taskforces = (condition: string, at: string) => `
  SELECT 'taskforce' AS kind, t.id::text AS id, t.title, ${at} AS at, o.id AS organisation_id, o.name AS organisation_name,
         o.country, 1::float8 AS weight, t.kind AS detail
    FROM taskforces t LEFT JOIN organisations o ON o.id = coalesce(t.lead_organisation_id, t.host_organisation_id)
    WHERE t.network_id ${inNetworks} AND ${condition} AND ${at} >= {from} AND ${at} < {to}`;

/** RCO83: a roadmap version adopted in the period whose drafters came from two countries or more. */
const jointRoadmaps = `
  SELECT 'roadmap' AS kind, r.id::text AS id, r.title, min(v.adopted_at) AS at, NULL::uuid AS organisation_id, NULL::text AS organisation_name,
         NULL::text AS country, 1::float8 AS weight, array_to_string(max(v.contributor_countries), ', ') AS detail
    FROM roadmaps r JOIN roadmap_versions v ON v.roadmap_id = r.id
    WHERE r.network_id ${inNetworks} AND v.adopted_at >= {from} AND v.adopted_at < {to} AND cardinality(v.contributor_countries) >= 2
    GROUP BY r.id`;

/** RCR79: a jointly developed roadmap (RCO83) taken up: an adopted action of it got a linked record done in the period. */
const roadmapsTakenUp = `
  SELECT 'roadmap' AS kind, r.id::text AS id, r.title, min(d.done_at) AS at, NULL::uuid AS organisation_id, NULL::text AS organisation_name,
         NULL::text AS country, 1::float8 AS weight, count(DISTINCT d.action_id)::text AS detail
    FROM roadmaps r
    JOIN (SELECT a.roadmap_id, a.id AS action_id, ${linkDoneAtSql} AS done_at
            FROM roadmap_actions a JOIN roadmap_action_links l ON l.action_id = a.id WHERE a.status = 'adopted') d ON d.roadmap_id = r.id
    WHERE r.network_id ${inNetworks} AND d.done_at >= {from} AND d.done_at < {to}
      AND EXISTS (SELECT 1 FROM roadmap_versions v WHERE v.roadmap_id = r.id AND v.adopted_at < {to} AND cardinality(v.contributor_countries) >= 2)
    GROUP BY r.id`;

/** RCO116: a taskforce closed in the period with a delivered deliverable, its members from two countries or more. */
const jointSolutions = taskforces(
  `t.status = 'closed' AND EXISTS (SELECT 1 FROM taskforce_deliverables d WHERE d.taskforce_id = t.id AND d.status = 'delivered') AND ${crossBorderTaskforce('t')}`,
  't.closed_at',
);

/**
 * RCR84: organisations of a cross-border taskforce closed before the end of the period that cooperate across borders
 * again (RCO87's ways) in the period, after that closure.
 */
const cooperatingAfter = `
  SELECT 'organisation' AS kind, o.id::text AS id, ${orgTitle('o')} AS title, min(x.at) AS at, o.id AS organisation_id,
         o.name AS organisation_name, o.country, 1::float8 AS weight, string_agg(DISTINCT x.via, ', ' ORDER BY x.via) AS detail
    FROM (SELECT tm.organisation_id AS org, min(t.closed_at) AS closed_at
            FROM taskforces t JOIN taskforce_members tm ON tm.taskforce_id = t.id
            WHERE t.network_id ${inNetworks} AND t.status = 'closed' AND t.closed_at < {to} AND tm.organisation_id IS NOT NULL
              AND ${crossBorderTaskforce('t')}
            GROUP BY tm.organisation_id) done
    JOIN (${crossBorderTies()}) x ON x.org = done.org AND x.at > done.closed_at
    JOIN organisations o ON o.id = done.org
    GROUP BY o.id`;

const notInternal = " AND e.kind <> 'committee' AND " + jointlyOrganised('e');

export const indicatorSql = {
  members: members(false),
  new_members: members(true),
  active_members: activeMembers,
  events: events(),
  participations: participations(),
  meetings_held: meetings(),
  meeting_agreements: meetings(" AND EXISTS (SELECT 1 FROM convention_outcomes co WHERE co.meeting_id = m.id AND co.outcome = 'agreement_reached')"),
  bookings: bookings('1::float8'),
  hours_shared: bookings('(extract(epoch FROM b.ends_at - b.starts_at) / 3600.0 * b.units)::float8'),
  needs_posted: posts('true', 'p.created_at'),
  needs_fulfilled: posts("p.status = 'fulfilled'", 'p.closed_at'),
  referrals: referrals('true', 'rf.created_at'),
  referrals_filled: referrals("rf.status = 'filled'", 'rf.closed_at'),
  taskforces_opened: taskforces('true', 't.created_at'),
  taskforces_closed: taskforces("t.status = 'closed'", 't.closed_at'),
  rco81: participations(`${notInternal} AND e.visibility <> 'public'`),
  rco115: events(`${notInternal} AND e.visibility = 'public'`),
  rco87: perOrganisation(crossBorderTies()),
  rco83: jointRoadmaps,
  rco116: jointSolutions,
  rcr79: roadmapsTakenUp,
  rcr84: cooperatingAfter,
} as const;

export type IndicatorId = keyof typeof indicatorSql;

/** Replaces the tokens by parameters: $1 the networks, $2 and $3 the period. */
export function renderRule(text: string): string {
  return text.replaceAll('{networks}', '$1::uuid[]').replaceAll('{from}', '$2::timestamptz').replaceAll('{to}', '$3::timestamptz');
}
