-- Roadmaps, committees, indicators, the network graph and sponsors (issue 8).
-- Indicators and the graph are computed from what the other modules record (events, conventions, bookings, posts,
-- referrals, taskforces); the tables below hold only what nothing else records: who co-organised an event (the
-- Interreg "jointly organised" test), which strategic axes an event or taskforce serves, the roadmaps and their
-- co-construction, reminders of committee action items, and event sponsors. Rules: src/domain/indicators,
-- src/domain/graph, src/domain/roadmaps, src/domain/sponsors; counting rules in docs/indicators.md.

-- Organisations that organise an event together. An event organised by partners of two countries or more is a
-- joint cross-border action in the Interreg sense (RCO81 / RCO115).
CREATE TABLE event_organisers (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, organisation_id)
);
CREATE INDEX event_organisers_organisation_idx ON event_organisers (organisation_id);

-- The network's strategic axes and ecosystems (network_categories) an event or a taskforce serves: activity per axis.
CREATE TABLE event_categories (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  category_id uuid NOT NULL REFERENCES network_categories (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, category_id)
);
CREATE INDEX event_categories_category_idx ON event_categories (category_id);

CREATE TABLE taskforce_categories (
  taskforce_id uuid NOT NULL REFERENCES taskforces (id) ON DELETE CASCADE,
  category_id uuid NOT NULL REFERENCES network_categories (id) ON DELETE CASCADE,
  PRIMARY KEY (taskforce_id, category_id)
);
CREATE INDEX taskforce_categories_category_idx ON taskforce_categories (category_id);

-- A roadmap (feuille de route) of a network, or of one of its ecosystems: axes → objectives → actions.
-- draft: the coordinators write; consultation: members comment, vote and propose actions; adopted: the coordinators
-- adopted it (a version is kept in roadmap_versions); archived: replaced or over.
CREATE TABLE roadmaps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  ecosystem_id uuid REFERENCES network_categories (id) ON DELETE SET NULL,
  title jsonb NOT NULL DEFAULT '{}'::jsonb,
  summary jsonb NOT NULL DEFAULT '{}'::jsonb,
  starts_on date,
  ends_on date,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'consultation', 'adopted', 'archived')),
  consultation_ends_on date,
  -- The number of the last adopted version (0: never adopted).
  version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  first_adopted_at timestamptz,
  adopted_at timestamptz,
  adopted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX roadmaps_network_idx ON roadmaps (network_id, status);

CREATE TABLE roadmap_axes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  roadmap_id uuid NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
  -- The network's strategic axis this roadmap axis stands for, when it has one (GRE-Liège's six).
  category_id uuid REFERENCES network_categories (id) ON DELETE SET NULL,
  title jsonb NOT NULL DEFAULT '{}'::jsonb,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX roadmap_axes_roadmap_idx ON roadmap_axes (roadmap_id, position);

CREATE TABLE roadmap_objectives (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  roadmap_id uuid NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
  axis_id uuid NOT NULL REFERENCES roadmap_axes (id) ON DELETE CASCADE,
  title jsonb NOT NULL DEFAULT '{}'::jsonb,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX roadmap_objectives_axis_idx ON roadmap_objectives (axis_id, position);

-- An action: who, when, and what implementing it means (e.g. 4 events of kind business_corner), so progress is
-- computed from the linked records. status is the governance state: proposed (in consultation), adopted, dropped.
CREATE TABLE roadmap_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  roadmap_id uuid NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
  objective_id uuid NOT NULL REFERENCES roadmap_objectives (id) ON DELETE CASCADE,
  title jsonb NOT NULL DEFAULT '{}'::jsonb,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  owner_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  owner_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  starts_on date,
  due_on date,
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'adopted', 'dropped')),
  target_kind text CHECK (target_kind IN ('event', 'taskforce', 'booking', 'referral', 'post')),
  -- With target_kind 'event': the kind of event that counts (NULL: any kind).
  target_event_kind text,
  target_count integer CHECK (target_count IS NULL OR target_count BETWEEN 1 AND 10000),
  proposed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on),
  CHECK (target_event_kind IS NULL OR target_kind = 'event')
);
CREATE INDEX roadmap_actions_objective_idx ON roadmap_actions (objective_id, position);
CREATE INDEX roadmap_actions_roadmap_idx ON roadmap_actions (roadmap_id);

-- The records that implement an action: exactly one of the five references per row.
CREATE TABLE roadmap_action_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  action_id uuid NOT NULL REFERENCES roadmap_actions (id) ON DELETE CASCADE,
  event_id uuid REFERENCES events (id) ON DELETE CASCADE,
  taskforce_id uuid REFERENCES taskforces (id) ON DELETE CASCADE,
  booking_id uuid REFERENCES resource_bookings (id) ON DELETE CASCADE,
  referral_id uuid REFERENCES referrals (id) ON DELETE CASCADE,
  post_id uuid REFERENCES posts (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (num_nonnulls(event_id, taskforce_id, booking_id, referral_id, post_id) = 1)
);
CREATE INDEX roadmap_action_links_action_idx ON roadmap_action_links (action_id);
CREATE UNIQUE INDEX roadmap_action_links_event_key ON roadmap_action_links (action_id, event_id) WHERE event_id IS NOT NULL;
CREATE UNIQUE INDEX roadmap_action_links_taskforce_key ON roadmap_action_links (action_id, taskforce_id) WHERE taskforce_id IS NOT NULL;
CREATE UNIQUE INDEX roadmap_action_links_booking_key ON roadmap_action_links (action_id, booking_id) WHERE booking_id IS NOT NULL;
CREATE UNIQUE INDEX roadmap_action_links_referral_key ON roadmap_action_links (action_id, referral_id) WHERE referral_id IS NOT NULL;
CREATE UNIQUE INDEX roadmap_action_links_post_key ON roadmap_action_links (action_id, post_id) WHERE post_id IS NOT NULL;
CREATE INDEX roadmap_action_links_event_idx ON roadmap_action_links (event_id) WHERE event_id IS NOT NULL;

-- Co-construction: members comment on actions and vote for or against them before the roadmap is adopted.
CREATE TABLE roadmap_comments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  action_id uuid NOT NULL REFERENCES roadmap_actions (id) ON DELETE CASCADE,
  -- SET NULL: erasing a person keeps the discussion readable.
  author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  author_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX roadmap_comments_action_idx ON roadmap_comments (action_id, created_at);

CREATE TABLE roadmap_votes (
  action_id uuid NOT NULL REFERENCES roadmap_actions (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  value smallint NOT NULL CHECK (value IN (-1, 1)),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (action_id, user_id)
);

-- Each adoption keeps the whole roadmap as it was adopted (axes, objectives, actions, links, votes).
CREATE TABLE roadmap_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  roadmap_id uuid NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  snapshot jsonb NOT NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  -- Countries of the organisations that took part in drafting it (owners, commenters, voters): Interreg RCO83.
  contributor_countries text[] NOT NULL DEFAULT '{}',
  adopted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  adopted_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (roadmap_id, version)
);

-- Reminders sent to the owners of committee action items (event_decisions of kind 'action'): one per item, due
-- date and stage, so a retried job or a second worker never sends one twice; moving the due date re-arms them.
CREATE TABLE action_item_reminders (
  decision_id uuid NOT NULL REFERENCES event_decisions (id) ON DELETE CASCADE,
  due_on date NOT NULL,
  stage text NOT NULL CHECK (stage IN ('soon', 'overdue')),
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (decision_id, due_on, stage)
);

-- Sponsors of an event (GRE-Liège's city-branding events): the package and what was promised in return.
CREATE TABLE event_sponsors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  package text NOT NULL DEFAULT 'partner' CHECK (package IN ('platinum', 'gold', 'silver', 'bronze', 'partner', 'in_kind')),
  amount_cents integer CHECK (amount_cents IS NULL OR amount_cents >= 0),
  currency text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
  -- Audience reached through channels the platform does not see (press, social networks), as the agency reports it.
  reported_reach integer CHECK (reported_reach IS NULL OR reported_reach >= 0),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_sponsors_event_idx ON event_sponsors (event_id);
CREATE UNIQUE INDEX event_sponsors_organisation_key ON event_sponsors (event_id, organisation_id) WHERE organisation_id IS NOT NULL;

CREATE TABLE event_sponsor_promises (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sponsor_id uuid NOT NULL REFERENCES event_sponsors (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('logo', 'stand', 'talk', 'mention', 'tickets', 'other')),
  detail text NOT NULL DEFAULT '' CHECK (length(detail) <= 500),
  status text NOT NULL DEFAULT 'promised' CHECK (status IN ('promised', 'delivered', 'cancelled')),
  position integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_sponsor_promises_sponsor_idx ON event_sponsor_promises (sponsor_id, position);

-- Indicators read these often over a period: attendance per event, and held meetings per event.
CREATE INDEX IF NOT EXISTS event_registrations_attended_idx ON event_registrations (event_id, organisation_id) WHERE attendance = 'attended';
