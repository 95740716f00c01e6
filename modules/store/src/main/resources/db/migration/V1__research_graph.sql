-- The research graph imported from open scholarly records (OpenAlex shape).
-- Every lookup a page makes has an index; every association is a foreign key.

-- A free slug for a table: the base itself, or base-2, base-3 … (collisions get a suffix).
CREATE FUNCTION free_slug(tbl regclass, base text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    candidate text := base;
    n int := 1;
    taken boolean;
BEGIN
    LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE slug = $1)', tbl) INTO taken USING candidate;
        EXIT WHEN NOT taken;
        n := n + 1;
        candidate := base || '-' || n;
    END LOOP;
    RETURN candidate;
END
$$;

CREATE TABLE institutions (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    openalex_id   text NOT NULL UNIQUE,
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    display_name  text NOT NULL,
    ror           text,
    country_code  text,
    type          text,
    homepage_url  text,
    city          text
);

CREATE TABLE topics (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    openalex_id   text NOT NULL UNIQUE,
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    display_name  text NOT NULL,
    description   text,
    subfield      text,
    field         text,
    domain        text,
    keywords      text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE sources (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    openalex_id   text NOT NULL UNIQUE,
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    display_name  text NOT NULL,
    type          text,
    issn_l        text,
    homepage_url  text
);

CREATE TABLE researchers (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    openalex_id          text NOT NULL UNIQUE,
    slug                 text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    display_name         text NOT NULL,
    orcid                text,
    headline             text,
    open_to_collaborate  boolean NOT NULL DEFAULT true,
    followers_count      integer NOT NULL DEFAULT 0 CHECK (followers_count >= 0),
    claim_status         text NOT NULL DEFAULT 'UNCLAIMED'
                         CHECK (claim_status IN ('UNCLAIMED', 'PENDING', 'CLAIMED', 'DISPUTED')),
    -- A record known only from a work's author list, not from its own author record yet.
    is_stub              boolean NOT NULL DEFAULT false
);

-- Where a researcher has worked, by year (OpenAlex author.affiliations).
-- ORCID is not unique: real OpenAlex data holds duplicate author records with one ORCID.
CREATE INDEX researchers_orcid_idx ON researchers (orcid) WHERE orcid IS NOT NULL;

CREATE TABLE researcher_affiliations (
    researcher_id   bigint NOT NULL REFERENCES researchers (id) ON DELETE CASCADE,
    institution_id  bigint NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
    years           integer[] NOT NULL DEFAULT '{}',
    is_last_known   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (researcher_id, institution_id)
);
CREATE INDEX researcher_affiliations_institution_idx ON researcher_affiliations (institution_id);

CREATE TABLE works (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    openalex_id       text NOT NULL UNIQUE,
    slug              text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    type              text NOT NULL DEFAULT 'article',
    title             text NOT NULL,
    abstract          text,
    publication_date  date,
    publication_year  integer CHECK (publication_year BETWEEN 1000 AND 3000),
    source_id         bigint REFERENCES sources (id),
    arxiv_id          text,
    doi               text,
    url               text,
    cited_by_count    integer NOT NULL DEFAULT 0 CHECK (cited_by_count >= 0),
    is_open_access    boolean NOT NULL DEFAULT false,
    language          text
);
CREATE INDEX works_source_idx ON works (source_id);
-- Not unique: OpenAlex holds duplicate work records for some DOIs and arXiv ids.
CREATE INDEX works_doi_idx ON works (doi) WHERE doi IS NOT NULL;
CREATE INDEX works_arxiv_idx ON works (arxiv_id) WHERE arxiv_id IS NOT NULL;

-- The ordered author list of a work; position is 1-based.
CREATE TABLE authorships (
    work_id            bigint NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    position           integer NOT NULL CHECK (position >= 1),
    researcher_id      bigint NOT NULL REFERENCES researchers (id),
    author_position    text NOT NULL CHECK (author_position IN ('first', 'middle', 'last')),
    raw_author_name    text,
    is_corresponding   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (work_id, position)
);
-- A researcher's works, newest first, come from this index.
CREATE INDEX authorships_researcher_idx ON authorships (researcher_id, work_id);

-- Affiliation at the time of the work.
CREATE TABLE authorship_institutions (
    work_id         bigint NOT NULL,
    position        integer NOT NULL,
    institution_id  bigint NOT NULL REFERENCES institutions (id),
    PRIMARY KEY (work_id, position, institution_id),
    FOREIGN KEY (work_id, position) REFERENCES authorships (work_id, position) ON DELETE CASCADE
);
CREATE INDEX authorship_institutions_institution_idx ON authorship_institutions (institution_id);

CREATE TABLE work_topics (
    work_id     bigint NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    topic_id    bigint NOT NULL REFERENCES topics (id),
    score       real NOT NULL CHECK (score >= 0 AND score <= 1),
    is_primary  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (work_id, topic_id)
);
CREATE INDEX work_topics_topic_idx ON work_topics (topic_id, score DESC);
CREATE UNIQUE INDEX work_topics_one_primary ON work_topics (work_id) WHERE is_primary;

-- Derived from authorships (both directions are stored so every lookup is one index scan).
CREATE TABLE collaborations (
    researcher_id    bigint NOT NULL REFERENCES researchers (id) ON DELETE CASCADE,
    collaborator_id  bigint NOT NULL REFERENCES researchers (id) ON DELETE CASCADE,
    shared_works     integer NOT NULL CHECK (shared_works > 0),
    latest_year      integer,
    PRIMARY KEY (researcher_id, collaborator_id),
    CHECK (researcher_id <> collaborator_id)
);
CREATE INDEX collaborations_ranked_idx ON collaborations (researcher_id, shared_works DESC, collaborator_id);
