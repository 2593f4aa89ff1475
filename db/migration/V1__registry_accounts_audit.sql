-- PartyTrack schema, part 1: the organisation registry, accounts and the audit trail.
-- Requires PostgreSQL 13+ with ICU (collation "vi-x-icu") and the contrib extensions unaccent and pg_trgm
-- (both are "trusted", so the database owner may create them).

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Folds case and Vietnamese diacritics (including đ/Đ) so that "benh vien" finds "Bệnh viện".
-- unaccent() is only STABLE; naming the dictionary makes this wrapper safe to declare IMMUTABLE for indexes.
CREATE FUNCTION pt_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

-- Reference data: kept as rows, not enums, because Party regulations change them (see DOMAIN.md).
CREATE TABLE organisation_type (
    id          bigserial PRIMARY KEY,
    code        varchar(40)  NOT NULL UNIQUE,
    name_vi     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    grassroots  boolean      NOT NULL DEFAULT false,
    -- whether organisations of this type may have subordinate organisations (cells, branches) under them
    has_subordinates boolean NOT NULL DEFAULT true,
    sort_order  int          NOT NULL DEFAULT 0
);

CREATE TABLE bloc (
    id          bigserial PRIMARY KEY,
    code        varchar(40)  NOT NULL UNIQUE,
    name_vi     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    sort_order  int          NOT NULL DEFAULT 0
);

CREATE TABLE sector (
    id          bigserial PRIMARY KEY,
    code        varchar(40)  NOT NULL UNIQUE,
    name_vi     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    sort_order  int          NOT NULL DEFAULT 0
);

CREATE TABLE board (
    id          bigserial PRIMARY KEY,
    code        varchar(40)  NOT NULL UNIQUE,
    name_vi     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    active_from date,
    active_to   date,
    sort_order  int          NOT NULL DEFAULT 0
);

CREATE TABLE organisation (
    id                    bigserial PRIMARY KEY,
    code                  varchar(30)  NOT NULL,
    name                  varchar(300) COLLATE "vi-x-icu" NOT NULL,
    type_id               bigint       NOT NULL REFERENCES organisation_type,
    parent_id             bigint       REFERENCES organisation,
    bloc_id               bigint       REFERENCES bloc,
    sector_id             bigint       REFERENCES sector,
    host_unit             varchar(300),
    members_total         int          NOT NULL DEFAULT 0 CHECK (members_total >= 0),
    members_full          int          NOT NULL DEFAULT 0 CHECK (members_full >= 0),
    members_probationary  int          NOT NULL DEFAULT 0 CHECK (members_probationary >= 0),
    secretary_name        varchar(150),
    deputy_secretary_name varchar(150),
    term_label            varchar(20),
    active                boolean      NOT NULL DEFAULT true,
    deactivated_at        timestamptz,
    sample                boolean      NOT NULL DEFAULT false,
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT organisation_code_unique UNIQUE (code),
    CONSTRAINT organisation_members_add_up CHECK (members_full + members_probationary = members_total),
    CONSTRAINT organisation_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);
CREATE INDEX organisation_bloc_idx   ON organisation (bloc_id, active);
CREATE INDEX organisation_sector_idx ON organisation (sector_id);
CREATE INDEX organisation_name_fold_idx ON organisation USING gin (pt_fold(name) gin_trgm_ops);

CREATE TABLE account (
    id              bigserial PRIMARY KEY,
    username        varchar(60)  NOT NULL,
    full_name       varchar(150) COLLATE "vi-x-icu" NOT NULL,
    password_hash   varchar(300) NOT NULL,
    role            varchar(20)  NOT NULL CHECK (role IN ('ADMIN', 'STAFF', 'LEADER', 'SECRETARY')),
    board_id        bigint       REFERENCES board,
    organisation_id bigint       REFERENCES organisation,
    enabled         boolean      NOT NULL DEFAULT true,
    failed_logins   int          NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    sample          boolean      NOT NULL DEFAULT false,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT account_username_unique UNIQUE (username),
    -- a unit secretary is scoped to exactly one organisation, and only a secretary is
    CONSTRAINT account_secretary_scope CHECK ((role = 'SECRETARY') = (organisation_id IS NOT NULL)),
    CONSTRAINT account_staff_board CHECK (role <> 'STAFF' OR board_id IS NOT NULL)
);
CREATE INDEX account_organisation_idx ON account (organisation_id);

-- Append-only: who changed what, when, with the state before and after (JSON text).
CREATE TABLE audit_entry (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        varchar(60) NOT NULL,
    entity_type  varchar(40) NOT NULL,
    entity_id    bigint,
    action       varchar(30) NOT NULL,
    before_state text,
    after_state  text
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END $$;
CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
