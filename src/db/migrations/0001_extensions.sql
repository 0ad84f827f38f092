-- Extensions used by search (pg_trgm, unaccent) and by booking exclusion constraints (btree_gist).
-- Debian's PostgreSQL ships them in postgresql-contrib; PGlite loads them from its contrib bundles.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS btree_gist;
