-- Events (issue 5): conferences, business corners, visits, committees… with registration, a waiting list,
-- check-in by QR code, attendance, feedback, minutes and decisions, and a personal calendar feed.
-- The business-convention mode (0009) builds on events and event_registrations.

CREATE TABLE events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('conference', 'business_convention', 'business_corner', 'company_visit',
    'brainstorming', 'networking', 'round_table', 'workshop', 'open_day', 'committee', 'training', 'other')),
  -- {fr, de, en, nl}: at least one language is required by the domain, not here.
  title jsonb NOT NULL DEFAULT '{}'::jsonb,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  venue text NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT '',
  postcode text NOT NULL DEFAULT '',
  commune text NOT NULL DEFAULT '',
  country text CHECK (country IN ('BE', 'LU', 'FR', 'DE', 'NL')),
  latitude double precision,
  longitude double precision,
  online_url text NOT NULL DEFAULT '',
  -- The zone the event is held in: times are shown, and written to calendar files, in it.
  time_zone text NOT NULL DEFAULT 'Europe/Brussels',
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  -- NULL = unlimited seats.
  capacity integer CHECK (capacity IS NULL OR capacity > 0),
  registration_opens_at timestamptz,
  registration_closes_at timestamptz,
  -- Registration questions: [{id, kind: text|choice|multi|boolean, label: {fr,…}, options?: [{id, label}], required}].
  questions jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
  -- public: on the network's showcase without signing in; network: people with a role in the network.
  visibility text NOT NULL DEFAULT 'network' CHECK (visibility IN ('public', 'network')),
  cancelled_at timestamptz,
  cancel_reason text NOT NULL DEFAULT '',
  -- Set when the day-before reminder went out, so a retried job never sends it twice.
  reminder_sent_at timestamptz,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CHECK (registration_closes_at IS NULL OR registration_opens_at IS NULL OR registration_closes_at > registration_opens_at)
);
CREATE INDEX events_network_starts_idx ON events (network_id, starts_at);
CREATE INDEX events_public_starts_idx ON events (starts_at) WHERE visibility = 'public' AND status = 'published';

CREATE TABLE event_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  -- SET NULL: erasing a person keeps the anonymous registration, so participation statistics stay right.
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The secret the personal QR code carries; unguessable, shown only to the person and the coordinators.
  check_in_code text NOT NULL UNIQUE,
  checked_in_at timestamptz,
  checked_in_by uuid REFERENCES users (id) ON DELETE SET NULL,
  attendance text NOT NULL DEFAULT 'unknown' CHECK (attendance IN ('unknown', 'attended', 'no_show')),
  -- Waiting-list order: when the person (last) joined it.
  waitlisted_at timestamptz,
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  reminder_sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One active registration per person and event; cancelled ones stay as history.
CREATE UNIQUE INDEX event_registrations_active_key ON event_registrations (event_id, user_id)
  WHERE status <> 'cancelled' AND user_id IS NOT NULL;
CREATE INDEX event_registrations_event_status_idx ON event_registrations (event_id, status, waitlisted_at);
CREATE INDEX event_registrations_user_idx ON event_registrations (user_id);
CREATE INDEX event_registrations_organisation_idx ON event_registrations (organisation_id);

-- Round tables, workshops and other sessions inside an event, each with its own seats.
CREATE TABLE event_activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  kind text NOT NULL DEFAULT 'workshop' CHECK (kind IN ('round_table', 'workshop', 'talk', 'visit', 'other')),
  title jsonb NOT NULL DEFAULT '{}'::jsonb,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  room text NOT NULL DEFAULT '',
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  capacity integer CHECK (capacity IS NULL OR capacity > 0),
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX event_activities_event_idx ON event_activities (event_id, starts_at);

CREATE TABLE event_activity_signups (
  activity_id uuid NOT NULL REFERENCES event_activities (id) ON DELETE CASCADE,
  registration_id uuid NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (activity_id, registration_id)
);
CREATE INDEX event_activity_signups_registration_idx ON event_activity_signups (registration_id);

-- The short form after the event: one answer per registration.
CREATE TABLE event_feedback (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  registration_id uuid NOT NULL UNIQUE REFERENCES event_registrations (id) ON DELETE CASCADE,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  usefulness smallint CHECK (usefulness BETWEEN 1 AND 5),
  new_contacts integer CHECK (new_contacts IS NULL OR new_contacts >= 0),
  would_return boolean,
  comment text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_feedback_event_idx ON event_feedback (event_id);

-- Minutes of a committee, business corner or any meeting: one text per event.
CREATE TABLE event_minutes (
  event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  body text NOT NULL DEFAULT '',
  published boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Decision log and action items taken at an event (owner, due date, status).
CREATE TABLE event_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  kind text NOT NULL DEFAULT 'decision' CHECK (kind IN ('decision', 'action')),
  body text NOT NULL CHECK (body <> ''),
  owner_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  owner_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  position integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_decisions_event_idx ON event_decisions (event_id, position);
CREATE INDEX event_decisions_owner_idx ON event_decisions (owner_user_id) WHERE owner_user_id IS NOT NULL;

-- A personal calendar subscription: the feed URL carries a secret token; only its hash is stored.
CREATE TABLE calendar_feed_tokens (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
