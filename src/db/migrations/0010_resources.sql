-- Pooling of industrial means (issue 6): shared resources, their calendar, bookings and staff loans.
-- Instants are stored as timestamptz; weekly opening hours are local times in the resource's own time zone.
-- Two holding bookings never overlap on one unit of a resource: an exclusion constraint (btree_gist, enabled in
-- 0001_extensions.sql) on resource_booking_units enforces it, whatever the number of app processes.

CREATE TABLE resources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('machine', 'booth', 'line', 'lab', 'vehicle', 'storage', 'room', 'staff')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Free technical characteristics: [{"key": "Longueur utile", "value": "12", "unit": "m"}, …]
  characteristics jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(characteristics) = 'array'),
  address text NOT NULL DEFAULT '',
  postcode text NOT NULL DEFAULT '',
  commune text NOT NULL DEFAULT '',
  country text CHECK (country IN ('BE', 'LU', 'FR', 'DE', 'NL')),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  time_zone text NOT NULL DEFAULT 'Europe/Brussels',
  -- The owner's terms. price_cents NULL means "on request"; 0 means free of charge.
  price_unit text NOT NULL DEFAULT 'hour' CHECK (price_unit IN ('hour', 'half_day', 'day', 'unit')),
  price_cents integer CHECK (price_cents >= 0),
  currency text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
  conditions jsonb NOT NULL DEFAULT '{}'::jsonb,
  insurance jsonb NOT NULL DEFAULT '{}'::jsonb,
  safety jsonb NOT NULL DEFAULT '{}'::jsonb,
  min_minutes integer NOT NULL DEFAULT 60 CHECK (min_minutes BETWEEN 15 AND 527040),
  max_minutes integer CHECK (max_minutes BETWEEN 15 AND 527040),
  lead_minutes integer NOT NULL DEFAULT 0 CHECK (lead_minutes BETWEEN 0 AND 527040),
  -- A borrower may cancel free of charge until this long before the start; later it is a late cancellation.
  cancel_notice_minutes integer NOT NULL DEFAULT 2880 CHECK (cancel_notice_minutes BETWEEN 0 AND 527040),
  booking_mode text NOT NULL DEFAULT 'approval' CHECK (booking_mode IN ('approval', 'instant')),
  units integer NOT NULL DEFAULT 1 CHECK (units BETWEEN 1 AND 1000),
  visibility text NOT NULL DEFAULT 'network' CHECK (visibility IN ('public', 'network', 'organisations', 'coordinators')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  -- Maintained by the trigger below: accent- and case-free words for search.
  search_text text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (max_minutes IS NULL OR max_minutes >= min_minutes),
  -- Staff on loan is never booked without the owner's decision: the person's consent must be recorded first.
  CHECK (kind <> 'staff' OR booking_mode = 'approval')
);
CREATE INDEX resources_owner_idx ON resources (owner_organisation_id);
CREATE INDEX resources_kind_idx ON resources (kind, status);
CREATE INDEX resources_geo_idx ON resources (latitude, longitude) WHERE latitude IS NOT NULL;
CREATE INDEX resources_search_trgm ON resources USING gin (search_text gin_trgm_ops);

CREATE FUNCTION resources_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := f_unaccent(lower(NEW.name || ' ' || NEW.commune || ' ' ||
    coalesce(NEW.description->>'fr', '') || ' ' || coalesce(NEW.description->>'de', '') || ' ' ||
    coalesce(NEW.description->>'en', '') || ' ' || coalesce(NEW.description->>'nl', '') || ' ' ||
    coalesce((SELECT string_agg(coalesce(c->>'key', '') || ' ' || coalesce(c->>'value', ''), ' ')
              FROM jsonb_array_elements(NEW.characteristics) AS c), '')));
  RETURN NEW;
END $$;

CREATE TRIGGER resources_search_columns BEFORE INSERT OR UPDATE ON resources
  FOR EACH ROW EXECUTE FUNCTION resources_search_columns();

-- The networks a resource is offered in (by default every network of its owner). Named organisations it is shared
-- with live in record_shares with record_type 'resource', as for every guarded record.
CREATE TABLE resource_networks (
  resource_id uuid NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  PRIMARY KEY (resource_id, network_id)
);
CREATE INDEX resource_networks_network_idx ON resource_networks (network_id);

-- Photos are small and few (bounded here and checked by content in the domain), so they live with the data and
-- travel in backups.
CREATE TABLE resource_photos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_id uuid NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  bytes bytea NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 786432),
  caption text NOT NULL DEFAULT '' CHECK (length(caption) <= 200),
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resource_photos_resource_idx ON resource_photos (resource_id, position);

-- Weekly opening hours in the resource's time zone (ISO weekday: 1 = Monday). No rule at all: open at any time.
CREATE TABLE resource_opening_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_id uuid NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens time NOT NULL,
  closes time NOT NULL,
  CHECK (opens < closes)
);
CREATE INDEX resource_opening_rules_resource_idx ON resource_opening_rules (resource_id, weekday);

-- Exceptions to the weekly rules: closures (holidays, maintenance) and extra openings (a Saturday).
CREATE TABLE resource_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_id uuid NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('closed', 'open')),
  period tstzrange NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)),
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resource_exceptions_period_idx ON resource_exceptions USING gist (resource_id, period);

-- Booking requests and the owner's own use. A booking holds units only while it has rows in
-- resource_booking_units that are not released.
CREATE TABLE resource_bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_id uuid NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  kind text NOT NULL DEFAULT 'booking' CHECK (kind IN ('booking', 'owner_use')),
  borrower_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  units integer NOT NULL DEFAULT 1 CHECK (units BETWEEN 1 AND 1000),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'declined', 'cancelled')),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  owner_message text NOT NULL DEFAULT '' CHECK (length(owner_message) <= 2000),
  -- The price as computed from the owner's terms when the booking was made (NULL: price on request).
  amount_cents integer CHECK (amount_cents >= 0),
  currency text NOT NULL DEFAULT 'EUR',
  decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_at timestamptz,
  cancelled_by uuid REFERENCES users (id) ON DELETE SET NULL,
  cancelled_at timestamptz,
  late_cancellation boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX resource_bookings_resource_idx ON resource_bookings (resource_id, starts_at);
CREATE INDEX resource_bookings_borrower_idx ON resource_bookings (borrower_organisation_id, starts_at);
CREATE INDEX resource_bookings_pending_idx ON resource_bookings (resource_id) WHERE status = 'pending';

-- The units a booking holds. The database itself refuses two unreleased rows of one unit whose periods overlap
-- (half-open ranges: one booking may end when the next starts).
CREATE TABLE resource_booking_units (
  booking_id uuid NOT NULL REFERENCES resource_bookings (id) ON DELETE CASCADE,
  resource_id uuid NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
  unit integer NOT NULL CHECK (unit >= 1),
  period tstzrange NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)),
  released boolean NOT NULL DEFAULT false,
  PRIMARY KEY (booking_id, unit),
  CONSTRAINT resource_booking_units_no_overlap EXCLUDE USING gist (resource_id WITH =, unit WITH =, period WITH &&) WHERE (NOT released)
);

-- Staff loan (mise à disposition de personnel): what such a loan needs on record, one per booking of a 'staff'
-- resource. The cost is passed on at no profit: no_profit must be declared true.
CREATE TABLE staff_loans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  booking_id uuid NOT NULL UNIQUE REFERENCES resource_bookings (id) ON DELETE CASCADE,
  person_name text NOT NULL CHECK (length(person_name) BETWEEN 1 AND 200),
  consent_given boolean NOT NULL,
  consent_date date NOT NULL,
  hourly_cost_cents integer NOT NULL CHECK (hourly_cost_cents >= 0),
  cost_basis text NOT NULL DEFAULT '' CHECK (length(cost_basis) <= 1000),
  no_profit boolean NOT NULL CHECK (no_profit),
  agreement_reference text NOT NULL CHECK (length(agreement_reference) BETWEEN 1 AND 200),
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
