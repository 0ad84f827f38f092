-- Matching (issue 7, bench/matching): the operators and training centres around a recruitment or training need are
-- suggested by their kind and place. With only the (latitude, longitude) index, that branch read every organisation
-- in a ±0.6° box (51,000 of the bench's 100,000 organisations, ~130 ms) to keep the few of one kind; led by the
-- kind, the index reads those few.
CREATE INDEX organisations_kind_geo_idx ON organisations (kind, latitude, longitude) WHERE latitude IS NOT NULL;
