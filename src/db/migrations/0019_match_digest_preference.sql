-- Needs and offers (issue 7): the weekly digest of new matches can be turned off, from the needs page or with the
-- one-click link at the foot of every digest. The link carries a per-person random token (not the user id), so it
-- works without signing in and cannot be guessed for someone else.
ALTER TABLE users
  ADD COLUMN match_digest boolean NOT NULL DEFAULT true,
  ADD COLUMN match_digest_token text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '');

CREATE UNIQUE INDEX users_match_digest_token_key ON users (match_digest_token);
