-- The directory (issue 4): identifiers, codes, per-network ecosystems and axes, search columns, offline geocoding,
-- imports, and what a person needs for GDPR export and erasure.

-- unaccent() is only STABLE (it reads its dictionary); this wrapper names the dictionary so it can be IMMUTABLE,
-- which indexes and triggers need.
CREATE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

ALTER TABLE organisations
  ADD COLUMN be_enterprise text,
  ADD COLUMN fr_siren text,
  ADD COLUMN fr_siret text,
  ADD COLUMN lu_rcs text,
  ADD COLUMN de_register text,
  ADD COLUMN de_court text NOT NULL DEFAULT '',
  ADD COLUMN size_band text CHECK (size_band IN ('0', '1-9', '10-49', '50-249', '250-999', '1000+')),
  ADD COLUMN address text NOT NULL DEFAULT '',
  ADD COLUMN capabilities text[] NOT NULL DEFAULT '{}',
  ADD COLUMN certifications text[] NOT NULL DEFAULT '{}',
  ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
  -- Maintained by the trigger below: accent- and case-free text for trigram and full-text search.
  ADD COLUMN search_name text NOT NULL DEFAULT '',
  ADD COLUMN search_doc tsvector NOT NULL DEFAULT ''::tsvector;

-- An identifier names one organisation, whatever the country of the file it came from.
CREATE UNIQUE INDEX organisations_be_enterprise_key ON organisations (be_enterprise) WHERE be_enterprise IS NOT NULL;
CREATE UNIQUE INDEX organisations_fr_siret_key ON organisations (fr_siret) WHERE fr_siret IS NOT NULL;
CREATE INDEX organisations_fr_siren_idx ON organisations (fr_siren) WHERE fr_siren IS NOT NULL;
CREATE UNIQUE INDEX organisations_lu_rcs_key ON organisations (lu_rcs) WHERE lu_rcs IS NOT NULL;
CREATE UNIQUE INDEX organisations_de_register_key ON organisations (de_register, de_court) WHERE de_register IS NOT NULL;

CREATE FUNCTION organisations_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_name := f_unaccent(lower(NEW.name || CASE WHEN NEW.legal_name <> '' THEN ' ' || NEW.legal_name ELSE '' END));
  NEW.search_doc :=
    setweight(to_tsvector('simple', NEW.search_name), 'A') ||
    setweight(to_tsvector('simple', f_unaccent(lower(NEW.commune || ' ' || array_to_string(NEW.tags, ' ') || ' ' ||
      array_to_string(NEW.capabilities, ' ') || ' ' || array_to_string(NEW.certifications, ' ')))), 'B') ||
    setweight(to_tsvector('simple', f_unaccent(lower(
      coalesce(NEW.description->>'fr', '') || ' ' || coalesce(NEW.description->>'de', '') || ' ' ||
      coalesce(NEW.description->>'en', '') || ' ' || coalesce(NEW.description->>'nl', '')))), 'C');
  RETURN NEW;
END $$;

CREATE TRIGGER organisations_search_columns BEFORE INSERT OR UPDATE ON organisations
  FOR EACH ROW EXECUTE FUNCTION organisations_search_columns();
UPDATE organisations SET name = name;

CREATE INDEX organisations_search_name_trgm ON organisations USING gin (search_name gin_trgm_ops);
CREATE INDEX organisations_search_doc_idx ON organisations USING gin (search_doc);
CREATE INDEX organisations_nace_idx ON organisations USING gin (nace_codes);
CREATE INDEX organisations_tags_idx ON organisations USING gin (tags);
CREATE INDEX organisations_capabilities_idx ON organisations USING gin (capabilities);
CREATE INDEX organisations_country_kind_idx ON organisations (country, kind);
CREATE INDEX organisations_geo_idx ON organisations (latitude, longitude) WHERE latitude IS NOT NULL;

-- Ecosystems (filières) and strategic axes are defined per network: the Food Club's are not Résilian's.
CREATE TABLE network_categories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('ecosystem', 'axis')),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name jsonb NOT NULL DEFAULT '{}'::jsonb,
  position integer NOT NULL DEFAULT 0,
  UNIQUE (network_id, kind, slug)
);

CREATE TABLE organisation_categories (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  category_id uuid NOT NULL REFERENCES network_categories (id) ON DELETE CASCADE,
  PRIMARY KEY (organisation_id, category_id)
);
CREATE INDEX organisation_categories_category_idx ON organisation_categories (category_id);

-- Offline geocoding: postal codes with coordinates, loaded by `maillage geo import` from a GeoNames file.
CREATE TABLE postal_codes (
  country text NOT NULL,
  postcode text NOT NULL,
  place text NOT NULL,
  place_key text NOT NULL,
  region text NOT NULL DEFAULT '',
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  PRIMARY KEY (country, postcode, place_key)
);
CREATE INDEX postal_codes_place_idx ON postal_codes (country, place_key);

-- A person's contact as representative, and the mark of an erased account (kept anonymised for statistics).
ALTER TABLE users
  ADD COLUMN phone text NOT NULL DEFAULT '',
  ADD COLUMN anonymised_at timestamptz;
ALTER TABLE representatives
  ADD COLUMN email text NOT NULL DEFAULT '',
  ADD COLUMN phone text NOT NULL DEFAULT '';

-- Imports of the agency's spreadsheets: the uploaded file, the mapping, the dry-run report and the progress.
CREATE TABLE imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  network_id uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  file_name text NOT NULL,
  format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  content bytea NOT NULL,
  mapping jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'analysing', 'analysed', 'committing', 'committed', 'failed')),
  processed integer NOT NULL DEFAULT 0,
  total integer NOT NULL DEFAULT 0,
  report jsonb,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX imports_network_idx ON imports (network_id, created_at);
