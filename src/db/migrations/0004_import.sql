-- Imports (issue 4): which sheet of a workbook to read, and what finds "the same firm in the same commune" fast.

-- Commune names compared without accents, case, spaces or dashes ("Saint-Avold" = "SAINT AVOLD").
CREATE FUNCTION f_place_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(public.f_unaccent(lower($1)), '[^a-z0-9]+', '', 'g') $$;

CREATE INDEX organisations_commune_key_idx ON organisations (country, f_place_key(commune));

ALTER TABLE imports ADD COLUMN sheet text;
