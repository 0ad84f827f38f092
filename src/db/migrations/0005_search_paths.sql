-- Faster directory filters at 100,000 organisations (bench/directory):
-- * nace_paths holds every NACE code of the organisation with all its ancestors (C, C16, C16.1, C16.11), so
--   "under C16" is an array overlap answered by a GIN index instead of a LIKE over every row's codes;
-- * commune_key is the commune without accents, case, spaces or dashes ("Saint-Avold" = "SAINT AVOLD"), for
--   equality filters through a B-tree.
ALTER TABLE organisations
  ADD COLUMN nace_paths text[] NOT NULL DEFAULT '{}',
  ADD COLUMN commune_key text NOT NULL DEFAULT '';

CREATE FUNCTION nace_with_ancestors(codes text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT p), '{}') FROM unnest(codes) AS c,
      LATERAL (VALUES (substr(c, 1, 1)), (substr(c, 1, 3)), (CASE WHEN length(c) >= 5 THEN substr(c, 1, 5) END), (CASE WHEN length(c) >= 6 THEN c END)) AS v(p)
    WHERE p IS NOT NULL AND p <> ''
  $$;

CREATE OR REPLACE FUNCTION organisations_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_name := f_unaccent(lower(NEW.name || CASE WHEN NEW.legal_name <> '' THEN ' ' || NEW.legal_name ELSE '' END));
  NEW.search_doc :=
    setweight(to_tsvector('simple', NEW.search_name), 'A') ||
    setweight(to_tsvector('simple', f_unaccent(lower(NEW.commune || ' ' || array_to_string(NEW.tags, ' ') || ' ' ||
      array_to_string(NEW.capabilities, ' ') || ' ' || array_to_string(NEW.certifications, ' ')))), 'B') ||
    setweight(to_tsvector('simple', f_unaccent(lower(
      coalesce(NEW.description->>'fr', '') || ' ' || coalesce(NEW.description->>'de', '') || ' ' ||
      coalesce(NEW.description->>'en', '') || ' ' || coalesce(NEW.description->>'nl', '')))), 'C');
  NEW.nace_paths := nace_with_ancestors(NEW.nace_codes);
  NEW.commune_key := regexp_replace(f_unaccent(lower(NEW.commune)), '[^a-z0-9]+', '', 'g');
  RETURN NEW;
END $$;

UPDATE organisations SET name = name;

CREATE INDEX organisations_nace_paths_idx ON organisations USING gin (nace_paths);
CREATE INDEX organisations_commune_search_idx ON organisations (commune_key);
