-- Business conventions (issue 5): walk-ins at the desk and the publication e-mails sent in the background.

-- A walk-in is a participant without an account, added by the coordinator on the day: the name, organisation and
-- (optional) e-mail are kept on the participant itself; user_id stays NULL.
ALTER TABLE convention_participants
  ADD COLUMN walk_in_name text,
  ADD COLUMN walk_in_organisation text NOT NULL DEFAULT '',
  ADD COLUMN walk_in_email text;

-- Which participants were e-mailed their agenda for a publication (the publication's published_at). Publishing
-- commits the schedule at once and queues the e-mails as background batches; a batch writes its rows here in the
-- same transaction as its e-mails, so a retried batch never mails anyone twice for the same publication.
CREATE TABLE convention_mailings (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  published_at timestamptz NOT NULL,
  participant_id uuid NOT NULL REFERENCES convention_participants (id) ON DELETE CASCADE,
  queued_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, published_at, participant_id)
);
