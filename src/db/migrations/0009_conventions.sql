-- Business-convention mode (issue 5) of an event of kind 'business_convention': participants' event profiles,
-- meeting requests, the day's slots and tables, the scheduled one-to-one meetings and their outcomes.
-- Rules live in src/domain/convention; the engine is src/domain/scheduling.

CREATE TABLE convention_settings (
  event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  -- Sessions, slot length, changeover, breaks and table names as the coordinator entered them
  -- (daySetupSchema in src/domain/convention/build-slots.ts); the slots below are cut from it.
  day_setup jsonb,
  table_names text[] NOT NULL DEFAULT '{}',
  -- After this instant participants can no longer send requests (answering stays open; coordinators may still add).
  request_deadline timestamptz,
  max_requests_per_participant integer CHECK (max_requests_per_participant IS NULL OR max_requests_per_participant > 0),
  max_meetings_per_participant integer CHECK (max_meetings_per_participant IS NULL OR max_meetings_per_participant >= 0),
  schedule_status text NOT NULL DEFAULT 'draft' CHECK (schedule_status IN ('draft', 'generating', 'generated', 'published')),
  published_at timestamptz,
  -- Set when the six-month follow-up reminder went out, so a retried job never sends it twice.
  followup_reminder_sent_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE convention_slots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  session integer NOT NULL CHECK (session >= 0),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at),
  UNIQUE (event_id, starts_at)
);

-- A registered person's profile for this convention, started from their organisation's profile.
CREATE TABLE convention_participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  registration_id uuid NOT NULL UNIQUE REFERENCES event_registrations (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  role text NOT NULL CHECK (role IN ('buyer', 'supplier', 'subcontractor', 'other')),
  presentation text NOT NULL DEFAULT '' CHECK (length(presentation) <= 2000),
  -- NACE codes in the platform's canonical form ("C16.23") and free keywords, for what is offered and sought.
  offer_codes text[] NOT NULL DEFAULT '{}',
  need_codes text[] NOT NULL DEFAULT '{}',
  offer_keywords text[] NOT NULL DEFAULT '{}',
  need_keywords text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  -- Set by the coordinator: a personal cap on meetings, and the table of an exhibitor who stays at their stand.
  max_meetings integer CHECK (max_meetings IS NULL OR max_meetings >= 0),
  fixed_table integer CHECK (fixed_table IS NULL OR fixed_table >= 1),
  -- Marked absent on the day: their remaining meetings were called off.
  absent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX convention_participants_event_idx ON convention_participants (event_id);
CREATE UNIQUE INDEX convention_participants_user_key ON convention_participants (event_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX convention_participants_organisation_idx ON convention_participants (organisation_id);

CREATE TABLE convention_unavailability (
  participant_id uuid NOT NULL REFERENCES convention_participants (id) ON DELETE CASCADE,
  slot_id uuid NOT NULL REFERENCES convention_slots (id) ON DELETE CASCADE,
  PRIMARY KEY (participant_id, slot_id)
);
CREATE INDEX convention_unavailability_slot_idx ON convention_unavailability (slot_id);

CREATE TABLE convention_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  requester_id uuid NOT NULL REFERENCES convention_participants (id) ON DELETE CASCADE,
  recipient_id uuid NOT NULL REFERENCES convention_participants (id) ON DELETE CASCADE,
  message text NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
  priority smallint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled')),
  response_priority smallint CHECK (response_priority BETWEEN 1 AND 3),
  response_message text NOT NULL DEFAULT '' CHECK (length(response_message) <= 2000),
  -- A coordinator who introduced the two on their behalf.
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  responded_at timestamptz,
  CHECK (requester_id <> recipient_id)
);
-- One live request per pair, whichever side asked.
CREATE UNIQUE INDEX convention_requests_pair_key ON convention_requests
  (event_id, LEAST(requester_id, recipient_id), GREATEST(requester_id, recipient_id)) WHERE status IN ('pending', 'accepted');
CREATE INDEX convention_requests_requester_idx ON convention_requests (requester_id, status);
CREATE INDEX convention_requests_recipient_idx ON convention_requests (recipient_id, status);
CREATE INDEX convention_requests_event_idx ON convention_requests (event_id, status);

-- One meeting per accepted request: where and when it takes place, and what the participants were last told.
CREATE TABLE convention_meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  request_id uuid NOT NULL UNIQUE REFERENCES convention_requests (id) ON DELETE CASCADE,
  participant_a uuid NOT NULL REFERENCES convention_participants (id) ON DELETE CASCADE,
  participant_b uuid NOT NULL REFERENCES convention_participants (id) ON DELETE CASCADE,
  -- The engine's priority: both sides' priorities added.
  weight smallint NOT NULL DEFAULT 4 CHECK (weight BETWEEN 1 AND 6),
  status text NOT NULL DEFAULT 'unscheduled' CHECK (status IN ('scheduled', 'unscheduled', 'held', 'no_show', 'cancelled')),
  slot_id uuid REFERENCES convention_slots (id) ON DELETE SET NULL,
  table_number integer CHECK (table_number IS NULL OR table_number >= 1),
  locked boolean NOT NULL DEFAULT false,
  -- Why the engine could not place it (its own words), shown to the coordinator.
  unscheduled_reason text NOT NULL DEFAULT '',
  published_slot_id uuid REFERENCES convention_slots (id) ON DELETE SET NULL,
  published_table integer,
  no_show_participant_id uuid REFERENCES convention_participants (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (participant_a <> participant_b),
  CHECK (status <> 'scheduled' OR (slot_id IS NOT NULL AND table_number IS NOT NULL)),
  CHECK (status <> 'unscheduled' OR slot_id IS NULL)
);
CREATE INDEX convention_meetings_event_idx ON convention_meetings (event_id, status);
CREATE INDEX convention_meetings_a_idx ON convention_meetings (participant_a);
CREATE INDEX convention_meetings_b_idx ON convention_meetings (participant_b);
-- One meeting per table and slot.
CREATE UNIQUE INDEX convention_meetings_seat_key ON convention_meetings (slot_id, table_number) WHERE status = 'scheduled';

-- One meeting per person and slot. A unique index cannot span two columns' values, so a row trigger checks it when a
-- meeting takes a seat; the domain serialises schedule changes of one convention (it locks its settings row), so the
-- check cannot race. Writing a whole engine plan sets `maillage.bulk_seating` for its transaction and checks the same
-- rule once, set-based, after the writes (src/domain/convention/schedule-runs.ts): a row-by-row check of thousands
-- of meetings would hold the embedded database for seconds.
CREATE INDEX convention_meetings_a_slot_idx ON convention_meetings (participant_a, slot_id) WHERE status = 'scheduled';
CREATE INDEX convention_meetings_b_slot_idx ON convention_meetings (participant_b, slot_id) WHERE status = 'scheduled';
CREATE FUNCTION convention_meetings_one_per_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('maillage.bulk_seating', true), '') <> 'on'
     AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'scheduled' OR OLD.slot_id IS DISTINCT FROM NEW.slot_id
          OR OLD.participant_a IS DISTINCT FROM NEW.participant_a OR OLD.participant_b IS DISTINCT FROM NEW.participant_b)
     AND (EXISTS (SELECT 1 FROM convention_meetings m WHERE m.status = 'scheduled' AND m.slot_id = NEW.slot_id AND m.id <> NEW.id
                  AND m.participant_a IN (NEW.participant_a, NEW.participant_b))
       OR EXISTS (SELECT 1 FROM convention_meetings m WHERE m.status = 'scheduled' AND m.slot_id = NEW.slot_id AND m.id <> NEW.id
                  AND m.participant_b IN (NEW.participant_a, NEW.participant_b)))
  THEN
    RAISE EXCEPTION 'a participant already has a meeting in this slot' USING ERRCODE = 'unique_violation',
      CONSTRAINT = 'convention_meetings_person_slot';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER convention_meetings_one_per_person BEFORE INSERT OR UPDATE OF status, slot_id, participant_a, participant_b
  ON convention_meetings FOR EACH ROW WHEN (NEW.status = 'scheduled') EXECUTE FUNCTION convention_meetings_one_per_person();

-- What each side says came of a meeting, at the event and at the follow-up about six months later.
CREATE TABLE convention_outcomes (
  meeting_id uuid NOT NULL REFERENCES convention_meetings (id) ON DELETE CASCADE,
  participant_id uuid NOT NULL REFERENCES convention_participants (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('event', 'followup')),
  outcome text NOT NULL CHECK (outcome IN ('no_further_contact', 'knowledge_gained', 'valuable_contact', 'negotiation_started', 'agreement_reached')),
  comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, participant_id, stage)
);
CREATE INDEX convention_outcomes_participant_idx ON convention_outcomes (participant_id);

-- Each "generate" or "fit late requests": a background job running the engine, and what it found.
CREATE TABLE convention_schedule_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  mode text NOT NULL CHECK (mode IN ('full', 'keep-published')),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  seed integer NOT NULL DEFAULT 1,
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- The engine's statistics (scheduled, upper bound, breaks…) and the meetings whose lock no longer held.
  stats jsonb,
  released jsonb NOT NULL DEFAULT '[]'::jsonb,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX convention_schedule_runs_event_idx ON convention_schedule_runs (event_id, created_at);
