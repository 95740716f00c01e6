-- Full-text search over researchers, works and topics, with trigram similarity for typo-tolerant names.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); this fixed-dictionary form may be indexed.
CREATE FUNCTION bz_fold(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE FUNCTION bz_words(text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT array_to_string($1, ' ') $$;

ALTER TABLE researchers ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', bz_fold(display_name))) STORED;
CREATE INDEX researchers_search_idx ON researchers USING gin (search_vector);
CREATE INDEX researchers_name_trgm_idx ON researchers USING gin (bz_fold(display_name) gin_trgm_ops);

ALTER TABLE works ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A')
                         || setweight(to_tsvector('english', coalesce(abstract, '')), 'C')) STORED;
CREATE INDEX works_search_idx ON works USING gin (search_vector);
CREATE INDEX works_title_trgm_idx ON works USING gin (bz_fold(title) gin_trgm_ops);

ALTER TABLE topics ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(display_name, '')), 'A')
                         || setweight(to_tsvector('english', coalesce(bz_words(keywords), '')), 'B')
                         || setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED;
CREATE INDEX topics_search_idx ON topics USING gin (search_vector);
CREATE INDEX topics_name_trgm_idx ON topics USING gin (bz_fold(display_name) gin_trgm_ops);
