-- Directory search at 100,000 organisations (bench/directory, issue 4): GIN pending lists.
--
-- A GIN index first appends new entries to an unsorted pending list, merged into the index by VACUUM (autovacuum on
-- a server) or once the list outgrows gin_pending_list_limit (4 MB by default). Every search through the index
-- reads the whole list: after a bulk import, "metaal" (whose NACE labels match C25 and five other codes) spent
-- 75 ms of its 109 ms on PostgreSQL, and 182 ms on the embedded engine, in the nace_paths index's pending list.
-- The embedded engine has no autovacuum, so without a bound the list stays until the next 4 MB.
--
-- 64 kB (the minimum) bounds what a search reads to a few hundred entries, while a bulk insert still adds entries
-- in batches (a 20,000-row fill was not slower: 23.9 s against 27.4 s, under load). The import commit also merges
-- the lists and refreshes the planner's statistics (organisations/tidy-search-indexes.ts).
ALTER INDEX organisations_search_doc_idx SET (gin_pending_list_limit = 64);
ALTER INDEX organisations_nace_paths_idx SET (gin_pending_list_limit = 64);
ALTER INDEX organisations_search_name_trgm SET (gin_pending_list_limit = 64);
ALTER INDEX organisations_tags_idx SET (gin_pending_list_limit = 64);
ALTER INDEX organisations_capabilities_idx SET (gin_pending_list_limit = 64);
