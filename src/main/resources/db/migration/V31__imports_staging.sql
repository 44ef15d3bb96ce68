-- Staging tables of the IMDb dataset import: each file is streamed in with COPY, then merged set-wise into
-- the real tables. UNLOGGED (no WAL: fast, and emptied after a crash, which is fine: every run starts by
-- truncating them). line_no keeps the file's line so duplicates resolve as "last line wins".
-- Values are already validated and typed by the importer; ids stay text to join on imdb_id.
CREATE UNLOGGED TABLE imports_name_basics (
    line_no      bigint  NOT NULL,
    nconst       text    NOT NULL,
    name         text    NOT NULL,
    birth_year   integer,
    death_year   integer,
    professions  text[]  NOT NULL,
    known_for    text[]  NOT NULL
);

CREATE UNLOGGED TABLE imports_title_basics (
    line_no          bigint   NOT NULL,
    tconst           text     NOT NULL,
    type             text     NOT NULL,
    title            text     NOT NULL,
    original_title   text,
    adult            boolean  NOT NULL,
    start_year       integer,
    end_year         integer,
    runtime_minutes  integer,
    genres           text[]   NOT NULL
);

CREATE UNLOGGED TABLE imports_title_episode (
    line_no         bigint   NOT NULL,
    tconst          text     NOT NULL,
    parent_tconst   text     NOT NULL,
    season_number   integer,
    episode_number  integer
);

CREATE UNLOGGED TABLE imports_title_ratings (
    line_no  bigint         NOT NULL,
    tconst   text           NOT NULL,
    average  numeric(3, 1)  NOT NULL,
    votes    integer        NOT NULL
);

CREATE UNLOGGED TABLE imports_title_akas (
    line_no     bigint   NOT NULL,
    tconst      text     NOT NULL,
    ordering    integer  NOT NULL,
    title       text     NOT NULL,
    region      text,
    language    text,
    types       text[]   NOT NULL,
    attributes  text[]   NOT NULL,
    original    boolean  NOT NULL
);

CREATE UNLOGGED TABLE imports_title_crew (
    line_no    bigint  NOT NULL,
    tconst     text    NOT NULL,
    directors  text[]  NOT NULL,
    writers    text[]  NOT NULL
);

CREATE UNLOGGED TABLE imports_title_principals (
    line_no     bigint   NOT NULL,
    tconst      text     NOT NULL,
    ordering    integer  NOT NULL,
    nconst      text     NOT NULL,
    category    text     NOT NULL,
    job         text,
    characters  text[]   NOT NULL
);
