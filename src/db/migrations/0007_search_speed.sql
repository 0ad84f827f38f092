-- Directory search at 100,000 organisations (bench/directory, issue 4).
--
-- * search.words is the vocabulary of the search documents (words of three letters or more, without digits). A
--   typo is corrected against this small table ("scirie" -> "scierie") and the search then runs on the full-text
--   index, instead of computing a trigram similarity on every organisation that shares a trigram with the query.
--   Kept by statement-level triggers (one pass per INSERT or UPDATE statement, not per row, so imports stay bulk).
--   Words of deleted organisations stay: a stale word only widens a query to a word that matches nothing.
--   Derived data lives in its own schema, outside backups (which hold the public schema): a restore inserts the
--   organisations, and the triggers rebuild the vocabulary.
-- * organisations_search_name_c_idx gives the listing order (folded name, then id) and the "name starts with"
--   tier of the relevance search straight from a B-tree, so a page stops after its rows instead of sorting every
--   match.

CREATE SCHEMA search;
CREATE TABLE search.words (word text PRIMARY KEY);

CREATE FUNCTION organisations_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search.words (word)
  SELECT DISTINCT w FROM changed_rows AS r, unnest(tsvector_to_array(r.search_doc)) AS w
  WHERE length(w) >= 3 AND w !~ '[0-9]'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER organisations_search_words_insert AFTER INSERT ON organisations
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organisations_search_words();
CREATE TRIGGER organisations_search_words_update AFTER UPDATE ON organisations
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION organisations_search_words();

INSERT INTO search.words (word)
SELECT DISTINCT w FROM organisations, unnest(tsvector_to_array(search_doc)) AS w
WHERE length(w) >= 3 AND w !~ '[0-9]'
ON CONFLICT DO NOTHING;

CREATE INDEX words_trgm ON search.words USING gin (word gin_trgm_ops);

CREATE INDEX organisations_search_name_c_idx ON organisations (search_name COLLATE "C", id);
