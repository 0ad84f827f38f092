-- Imports of 100,000 organisations (bench/directory/import.ts, issue 4): every index on organisations is work for
-- each imported row. Two of them serve no query any more (about a fifth of the insert cost on the embedded engine):
-- * organisations_commune_key_idx (0004) indexed f_place_key(commune), the key that the commune_key column (0005)
--   now holds with its own index; the import's "similar name in the same commune" lookup reads commune_key.
-- * organisations_nace_idx (0003) indexed nace_codes, which no query filters on since 0005: NACE filters use
--   nace_paths and its index.
DROP INDEX IF EXISTS organisations_commune_key_idx;
DROP INDEX IF EXISTS organisations_nace_idx;
