-- GET /api/places: communes and postcodes by their beginning ("arl…", "69…"). text_pattern_ops lets a LIKE 'x%'
-- use the index whatever the database collation, so the search stays fast on GeoNames' whole-world file.
CREATE INDEX postal_codes_place_key_prefix_idx ON postal_codes (place_key text_pattern_ops);
CREATE INDEX postal_codes_postcode_prefix_idx ON postal_codes (postcode text_pattern_ops);
