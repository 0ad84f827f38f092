-- Import of 100,000 organisations on the embedded engine (bench/directory import, issue 4): GIN pending lists back
-- to the default size.
--
-- Migration 0015 capped the pending lists of the organisations' GIN indexes at 64 kB, so that a search never read a
-- long unsorted list after a bulk import. It cost the import dearly: every 64 kB of new entries forced a merge into
-- the index, 15–50 % more insert CPU in a raw-insert comparison, and the embedded engine's 100,000-row import went
-- from 56 s to 75 s (target 60 s). The lists are merged by other means now: the import commit merges them at once
-- (organisations/tidy-search-indexes.ts), and on both engines a recurring job merges what ordinary edits leave
-- (jobs "directory.tidy-search-indexes"; the embedded engine has no autovacuum to do it). Between two runs of that job
-- a search reads at most the entries written since, which ordinary edits keep to a few hundred.
ALTER INDEX organisations_search_doc_idx RESET (gin_pending_list_limit);
ALTER INDEX organisations_nace_paths_idx RESET (gin_pending_list_limit);
ALTER INDEX organisations_search_name_trgm RESET (gin_pending_list_limit);
ALTER INDEX organisations_tags_idx RESET (gin_pending_list_limit);
ALTER INDEX organisations_capabilities_idx RESET (gin_pending_list_limit);
