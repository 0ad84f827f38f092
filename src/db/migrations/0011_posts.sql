-- Needs and offers, skills and jobs (GANESH), taskforces (issue 7).
--
-- Occupations and skills come from the official ESCO and ROME files (`maillage import esco|rome`). A concept is
-- named by a key "<scheme>:<id>" that posts carry in their code arrays:
--   esco:<ESCO code>      ESCO occupation, e.g. esco:7212.3 (welder); its code starts with its ISCO-08 group
--   isco:<ISCO-08 code>   ISCO group, e.g. isco:7212
--   rome:<ROME code>      ROME fiche, e.g. rome:H2913 (soudage manuel)
--   skill:<ESCO uuid>     ESCO skill or knowledge (skills have no code, only a URI)
-- Matching compares these keys, never words, so a German post and a French offer meet on the same code.

CREATE TABLE skill_concepts (
  key text PRIMARY KEY CHECK (key ~ '^(esco|isco|rome|skill):[A-Za-z0-9.\-]+$'),
  scheme text NOT NULL CHECK (scheme IN ('esco', 'isco', 'rome', 'skill')),
  -- The concept's URI for ESCO and ISCO, empty for ROME.
  uri text NOT NULL DEFAULT '',
  -- occupation | group | skill | knowledge
  kind text NOT NULL CHECK (kind IN ('occupation', 'group', 'skill', 'knowledge')),
  -- {fr, en, de, nl}: preferred labels; alt_labels: {fr: [...], en: [...]}.
  labels jsonb NOT NULL DEFAULT '{}'::jsonb,
  alt_labels jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Keys of the broader concepts, nearest first (esco:7212.3.3 → esco:7212.3, isco:7212, isco:721, isco:72).
  broader text[] NOT NULL DEFAULT '{}',
  -- Keys of the same job in another scheme (rome:H2913 ↔ esco:7212.3), linked on import by their French labels.
  related text[] NOT NULL DEFAULT '{}',
  -- Accent- and case-free labels in every language, for the pickers (maintained by the trigger below).
  search_text text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- GIN indexes here are built without a pending list (fastupdate off): PGlite has no autovacuum to merge it, and
-- every search would read the whole list (bench/matching measured ×5 on the candidate queries).
CREATE INDEX skill_concepts_search_trgm ON skill_concepts USING gin (search_text gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX skill_concepts_scheme_idx ON skill_concepts (scheme, kind);

CREATE FUNCTION skill_concepts_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := f_unaccent(lower(
    coalesce(NEW.labels->>'fr', '') || ' ' || coalesce(NEW.labels->>'de', '') || ' ' ||
    coalesce(NEW.labels->>'en', '') || ' ' || coalesce(NEW.labels->>'nl', '') || ' ' ||
    coalesce((SELECT string_agg(v, ' ') FROM jsonb_each(NEW.alt_labels) AS e(k, a), jsonb_array_elements_text(a) AS v), '') || ' ' ||
    split_part(NEW.key, ':', 2)));
  RETURN NEW;
END $$;

CREATE TRIGGER skill_concepts_search_columns BEFORE INSERT OR UPDATE ON skill_concepts
  FOR EACH ROW EXECUTE FUNCTION skill_concepts_search_columns();

-- Skills an occupation needs (ESCO occupation–skill relations).
CREATE TABLE skill_concept_relations (
  occupation_key text NOT NULL REFERENCES skill_concepts (key) ON DELETE CASCADE,
  skill_key text NOT NULL REFERENCES skill_concepts (key) ON DELETE CASCADE,
  essential boolean NOT NULL,
  PRIMARY KEY (occupation_key, skill_key)
);
CREATE INDEX skill_concept_relations_skill_idx ON skill_concept_relations (skill_key);

-- A post on an organisation's profile: what it offers or seeks, all year.
CREATE TABLE posts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('capacity_offer', 'capacity_sought', 'recruitment', 'training_need', 'training_offer',
    'skills_offer', 'subcontracting_offer', 'subcontracting_sought', 'purchase_request', 'problem', 'collaboration')),
  -- {fr, de, en, nl}: at least one language, checked by the domain.
  title jsonb NOT NULL DEFAULT '{}'::jsonb,
  body jsonb NOT NULL DEFAULT '{}'::jsonb,
  nace_codes text[] NOT NULL DEFAULT '{}',
  occupation_codes text[] NOT NULL DEFAULT '{}',
  skill_codes text[] NOT NULL DEFAULT '{}',
  keywords text[] NOT NULL DEFAULT '{}',
  -- Every code above with its broader and related codes and the occupations' essential skills, written by the
  -- domain: the matching's candidate index.
  match_codes text[] NOT NULL DEFAULT '{}',
  -- A pooled resource the offer refers to (the paint booth of an offer of spare capacity).
  resource_id uuid REFERENCES resources (id) ON DELETE SET NULL,
  -- Kind-specific details, validated by the domain: purchase {volume, criteria, deadline}, capacity {quantity}, …
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  postcode text NOT NULL DEFAULT '',
  commune text NOT NULL DEFAULT '',
  country text CHECK (country IN ('BE', 'LU', 'FR', 'DE', 'NL')),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  starts_on date,
  ends_on date,
  expires_on date,
  visibility text NOT NULL DEFAULT 'network' CHECK (visibility IN ('public', 'network', 'organisations', 'coordinators')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_discussion', 'fulfilled', 'closed')),
  -- Accent- and case-free words of the title and body in every language (the keyword baseline and search).
  search_doc tsvector NOT NULL DEFAULT ''::tsvector,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX posts_organisation_idx ON posts (organisation_id, created_at);
CREATE INDEX posts_kind_status_idx ON posts (kind, status);
CREATE INDEX posts_match_codes_idx ON posts USING gin (match_codes) WITH (fastupdate = off);
CREATE INDEX posts_search_doc_idx ON posts USING gin (search_doc) WITH (fastupdate = off);
CREATE INDEX posts_created_idx ON posts (created_at);

CREATE FUNCTION posts_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_doc :=
    setweight(to_tsvector('simple', f_unaccent(lower(
      coalesce(NEW.title->>'fr', '') || ' ' || coalesce(NEW.title->>'de', '') || ' ' ||
      coalesce(NEW.title->>'en', '') || ' ' || coalesce(NEW.title->>'nl', '') || ' ' ||
      array_to_string(NEW.keywords, ' ')))), 'A') ||
    setweight(to_tsvector('simple', f_unaccent(lower(
      coalesce(NEW.body->>'fr', '') || ' ' || coalesce(NEW.body->>'de', '') || ' ' ||
      coalesce(NEW.body->>'en', '') || ' ' || coalesce(NEW.body->>'nl', '')))), 'B');
  RETURN NEW;
END $$;

CREATE TRIGGER posts_search_columns BEFORE INSERT OR UPDATE ON posts
  FOR EACH ROW EXECUTE FUNCTION posts_search_columns();

-- The networks a post is shown in (by default every network of its organisation). Named organisations it is
-- shared with live in record_shares with record_type 'post'.
CREATE TABLE post_networks (
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  PRIMARY KEY (post_id, network_id)
);
CREATE INDEX post_networks_network_idx ON post_networks (network_id);

-- GANESH: a recruitment need (one per post of kind 'recruitment').
CREATE TABLE recruitment_needs (
  post_id uuid PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
  occupation_code text NOT NULL CHECK (occupation_code ~ '^(esco|isco|rome):'),
  headcount integer NOT NULL CHECK (headcount BETWEEN 1 AND 10000),
  contract text NOT NULL CHECK (contract IN ('permanent', 'fixed_term', 'apprenticeship', 'internship', 'temporary', 'seasonal', 'freelance')),
  start_on date,
  urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('low', 'normal', 'high', 'urgent'))
);

-- GANESH: a training need (one per post of kind 'training_need'); its skills are the post's skill_codes.
CREATE TABLE training_needs (
  post_id uuid PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
  topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 300),
  headcount integer NOT NULL CHECK (headcount BETWEEN 1 AND 10000),
  period_start date,
  period_end date,
  format text NOT NULL DEFAULT 'any' CHECK (format IN ('any', 'classroom', 'on_site', 'online', 'blended')),
  -- The collective session proposed when several firms share the need (an event of kind 'training').
  event_id uuid REFERENCES events (id) ON DELETE SET NULL,
  CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);
CREATE INDEX training_needs_event_idx ON training_needs (event_id) WHERE event_id IS NOT NULL;

-- An organisation's expression of interest in a post: opens a private conversation and ends with an outcome.
CREATE TABLE post_interests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- The interested organisation's own post that matched, when the interest came from a suggestion.
  from_post_id uuid REFERENCES posts (id) ON DELETE SET NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Whether the coordinators of the post's networks read and write in the conversation (network setting at creation).
  coordinator_included boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'withdrawn')),
  outcome text CHECK (outcome IN ('deal', 'project', 'referral', 'nothing')),
  outcome_note text NOT NULL DEFAULT '' CHECK (length(outcome_note) <= 2000),
  outcome_by uuid REFERENCES users (id) ON DELETE SET NULL,
  outcome_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (post_id, organisation_id),
  CHECK ((outcome IS NULL) = (outcome_at IS NULL))
);
CREATE INDEX post_interests_organisation_idx ON post_interests (organisation_id);

CREATE TABLE post_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  interest_id uuid NOT NULL REFERENCES post_interests (id) ON DELETE CASCADE,
  -- SET NULL: erasing a person keeps the conversation readable for the other side.
  author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  author_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX post_messages_interest_idx ON post_messages (interest_id, created_at);

-- Per-network choices of the coordinators about needs and offers.
CREATE TABLE network_post_settings (
  network_id uuid PRIMARY KEY REFERENCES networks (id) ON DELETE CASCADE,
  -- The coordinators join every conversation opened on a post of the network.
  coordinator_in_conversations boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Matches already told to the owner of a post in a weekly digest, so each is sent once.
CREATE TABLE post_match_notices (
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  matched_post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  score integer NOT NULL,
  notified_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (post_id, matched_post_id)
);

-- GANESH routing, set by the agency: a need of this kind in this territory goes to this operator.
-- territory: a country (BE, LU, FR, DE, NL) or a region (BE-WAL, BE-BRU, BE-VLG, FR-GES); postcode_prefixes narrows
-- it further (e.g. {54} for the Trier agency). The most specific active rule wins.
CREATE TABLE routing_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  need_kind text NOT NULL CHECK (need_kind IN ('recruitment', 'apprenticeship', 'training')),
  territory text NOT NULL CHECK (territory IN ('BE', 'BE-WAL', 'BE-BRU', 'BE-VLG', 'LU', 'FR', 'FR-GES', 'DE', 'NL')),
  postcode_prefixes text[] NOT NULL DEFAULT '{}',
  operator_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  -- Days the operator has to acknowledge, then to propose candidates (or a training), then to conclude.
  acknowledge_days integer NOT NULL DEFAULT 3 CHECK (acknowledge_days BETWEEN 1 AND 365),
  propose_days integer NOT NULL DEFAULT 15 CHECK (propose_days BETWEEN 1 AND 365),
  conclude_days integer NOT NULL DEFAULT 30 CHECK (conclude_days BETWEEN 1 AND 365),
  active boolean NOT NULL DEFAULT true,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX routing_rules_network_idx ON routing_rules (network_id, need_kind) WHERE active;

-- A need referred to an operator, followed to its end.
CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  rule_id uuid REFERENCES routing_rules (id) ON DELETE SET NULL,
  operator_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'acknowledged', 'candidates_proposed', 'filled', 'closed_unfilled')),
  -- When the current step is due; NULL once the referral is over. A reminder goes out once per step.
  due_at timestamptz,
  reminded_at timestamptz,
  candidates_count integer CHECK (candidates_count IS NULL OR candidates_count >= 0),
  acknowledge_days integer NOT NULL DEFAULT 3,
  propose_days integer NOT NULL DEFAULT 15,
  conclude_days integer NOT NULL DEFAULT 30,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  CHECK ((status IN ('filled', 'closed_unfilled')) = (closed_at IS NOT NULL))
);
-- One live referral per need and operator.
CREATE UNIQUE INDEX referrals_live_key ON referrals (post_id, operator_organisation_id) WHERE closed_at IS NULL;
CREATE INDEX referrals_post_idx ON referrals (post_id);
CREATE INDEX referrals_operator_idx ON referrals (operator_organisation_id, status);
CREATE INDEX referrals_due_idx ON referrals (due_at) WHERE due_at IS NOT NULL;

CREATE TABLE referral_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('sent', 'acknowledged', 'candidates_proposed', 'filled', 'closed_unfilled', 'reminded')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, at);

-- "Un problème, un projet": a problem turned into a taskforce, or a peer challenge (a taskforce of one session).
CREATE TABLE taskforces (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  kind text NOT NULL DEFAULT 'taskforce' CHECK (kind IN ('taskforce', 'peer_challenge')),
  problem_post_id uuid REFERENCES posts (id) ON DELETE SET NULL,
  title jsonb NOT NULL DEFAULT '{}'::jsonb,
  goal jsonb NOT NULL DEFAULT '{}'::jsonb,
  lead_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  lead_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  -- Peer challenge: the firm whose process is challenged, and the session.
  host_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  session_at timestamptz,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed', 'abandoned')),
  -- network: every member of the network reads it; members: only its members (and the coordinators).
  visibility text NOT NULL DEFAULT 'network' CHECK (visibility IN ('network', 'members')),
  starts_on date,
  due_on date,
  closure_summary text NOT NULL DEFAULT '' CHECK (length(closure_summary) <= 5000),
  lessons_learned text NOT NULL DEFAULT '' CHECK (length(lessons_learned) <= 5000),
  closed_at timestamptz,
  closed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'active') = (closed_at IS NULL)),
  -- A closed taskforce says what it learnt.
  CHECK (status <> 'closed' OR length(lessons_learned) > 0),
  CHECK (kind <> 'peer_challenge' OR host_organisation_id IS NOT NULL)
);
CREATE INDEX taskforces_network_idx ON taskforces (network_id, status);
CREATE UNIQUE INDEX taskforces_problem_key ON taskforces (problem_post_id) WHERE problem_post_id IS NOT NULL;

CREATE TABLE taskforce_members (
  taskforce_id uuid NOT NULL REFERENCES taskforces (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  role text NOT NULL DEFAULT 'member' CHECK (role IN ('lead', 'member', 'expert', 'host', 'challenger')),
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (taskforce_id, user_id)
);
CREATE INDEX taskforce_members_user_idx ON taskforce_members (user_id);
CREATE INDEX taskforce_members_organisation_idx ON taskforce_members (organisation_id);

CREATE TABLE taskforce_milestones (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  taskforce_id uuid NOT NULL REFERENCES taskforces (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  due_on date,
  done_at timestamptz,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX taskforce_milestones_taskforce_idx ON taskforce_milestones (taskforce_id, position);

CREATE TABLE taskforce_deliverables (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  taskforce_id uuid NOT NULL REFERENCES taskforces (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  due_on date,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'delivered')),
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX taskforce_deliverables_taskforce_idx ON taskforce_deliverables (taskforce_id);

-- Documents are links to where the network keeps its files (a shared drive, a wiki), with who added them.
CREATE TABLE taskforce_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  taskforce_id uuid NOT NULL REFERENCES taskforces (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
  added_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX taskforce_documents_taskforce_idx ON taskforce_documents (taskforce_id);

-- Peer challenge: what the invited directors recommend, and what the host does with it.
CREATE TABLE taskforce_recommendations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  taskforce_id uuid NOT NULL REFERENCES taskforces (id) ON DELETE CASCADE,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  author_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'adopted', 'declined', 'done')),
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX taskforce_recommendations_taskforce_idx ON taskforce_recommendations (taskforce_id, position);
