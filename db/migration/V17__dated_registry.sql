-- PartyTrack schema, part 10: the registry through time.
--  * organisation stays the registry as it is today; organisation_version holds every unit's attributes that a
--    figure depends on (code, name, type, superior committee and path, bloc, sector, members) with the dates they
--    held (valid_from inclusive, valid_to exclusive, NULL: still so). A unit that is dissolved (or deactivated) has no
--    version from that day. Versions are written by a trigger on organisation, so the two never disagree: a change
--    takes effect on the date in the transaction-local setting partytrack.effective_on (today, Hanoi time, when unset)
--    and names the decision in partytrack.decision_id.
--  * registry_decision: the decision that changed the registry (number, date, issuing committee, effective date).
--  * organisation_succession: predecessors and successors of mergers and splits.
--  * committee_profile: a superior committee's names and document conventions, dated.
--  * account.committee_id: the committee a staff member works for.
--  * The report roll-ups count a report under its unit as it stood at the period's cut-off.

CREATE EXTENSION IF NOT EXISTS btree_gist;

INSERT INTO organisation_type (code, name_vi, name_en, grassroots, has_subordinates, sort_order) VALUES
 ('DANG_UY_PHUONG',  'Đảng ủy phường, xã',           'Ward or commune Party committee',            false, true, 12),
 ('DANG_UY_THANH_PHO', 'Đảng ủy trực thuộc Thành ủy', 'Party committee under the city committee', false, true, 8);

CREATE TABLE registry_decision (
    id           bigserial PRIMARY KEY,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('ESTABLISH', 'RENAME', 'TRANSFER', 'MERGE', 'SPLIT', 'DISSOLVE', 'UPDATE')),
    number       varchar(60),
    decided_on   date,
    issuer_id    bigint       REFERENCES organisation,
    effective_on date         NOT NULL,
    note         varchar(2000),
    actor        varchar(60)  NOT NULL,
    recorded_at  timestamptz  NOT NULL DEFAULT now(),
    sample       boolean      NOT NULL DEFAULT false,
    CONSTRAINT registry_decision_dates CHECK (decided_on IS NULL OR decided_on <= effective_on + 366)
);

-- No serial key: EclipseLink reads a new organisation's id with lastval(), which a serial here would change.
CREATE TABLE organisation_version (
    organisation_id      bigint       NOT NULL REFERENCES organisation ON DELETE CASCADE,
    valid_from           date         NOT NULL,
    valid_to             date,
    code                 varchar(30)  NOT NULL,
    name                 varchar(300) COLLATE "vi-x-icu" NOT NULL,
    type_id              bigint       NOT NULL REFERENCES organisation_type,
    parent_id            bigint       REFERENCES organisation,
    path                 varchar(400) NOT NULL,
    bloc_id              bigint       REFERENCES bloc,
    sector_id            bigint       REFERENCES sector,
    members_total        int          NOT NULL DEFAULT 0,
    members_full         int          NOT NULL DEFAULT 0,
    members_probationary int          NOT NULL DEFAULT 0,
    decision_id          bigint       REFERENCES registry_decision,
    PRIMARY KEY (organisation_id, valid_from),
    CONSTRAINT organisation_version_dates CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT organisation_version_no_overlap EXCLUDE USING gist (organisation_id WITH =, daterange(valid_from, valid_to) WITH &&)
);
CREATE INDEX organisation_version_path_idx ON organisation_version (path text_pattern_ops, valid_from);
CREATE INDEX organisation_version_parent_idx ON organisation_version (parent_id);
CREATE INDEX organisation_version_decision_idx ON organisation_version (decision_id);
CREATE INDEX organisation_version_name_fold_idx ON organisation_version USING gin (pt_fold(name) gin_trgm_ops);

CREATE TABLE organisation_succession (
    predecessor_id bigint NOT NULL REFERENCES organisation ON DELETE CASCADE,
    successor_id   bigint NOT NULL REFERENCES organisation ON DELETE CASCADE,
    decision_id    bigint NOT NULL REFERENCES registry_decision,
    PRIMARY KEY (predecessor_id, successor_id),
    CONSTRAINT organisation_succession_distinct CHECK (predecessor_id <> successor_id)
);
CREATE INDEX organisation_succession_successor_idx ON organisation_succession (successor_id);

-- The units as they stood on a day: one row per unit that existed then, with that day's attributes. Inlined by the
-- planner, so "FROM units_at(p.cutoff_date) o" uses the indexes of organisation_version.
CREATE FUNCTION units_at(d date)
    RETURNS TABLE (id bigint, code varchar, name varchar, type_id bigint, parent_id bigint, path varchar, bloc_id bigint,
                   sector_id bigint, members_total int, members_full int, members_probationary int, valid_from date,
                   valid_to date, decision_id bigint)
    LANGUAGE sql STABLE AS $fn$
    SELECT v.organisation_id, v.code, v.name, v.type_id, v.parent_id, v.path, v.bloc_id, v.sector_id, v.members_total,
           v.members_full, v.members_probationary, v.valid_from, v.valid_to, v.decision_id
    FROM organisation_version v WHERE v.valid_from <= d AND (v.valid_to IS NULL OR v.valid_to > d)
$fn$;

CREATE FUNCTION registry_effective_on() RETURNS date LANGUAGE sql STABLE AS $fn$
    SELECT coalesce(nullif(current_setting('partytrack.effective_on', true), '')::date,
                    (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
$fn$;

CREATE FUNCTION registry_decision_id() RETURNS bigint LANGUAGE sql STABLE AS $fn$
    SELECT nullif(current_setting('partytrack.decision_id', true), '')::bigint
$fn$;

-- ---- roll-ups by the unit as it stood at the period's cut-off

DROP TRIGGER report_rollup_deleted ON report;
DROP TRIGGER report_rollup_changed ON report;
DROP TRIGGER figure_rollup_changed ON report_value;
DROP FUNCTION report_rollup_changed();
DROP FUNCTION figure_rollup_changed();
DROP FUNCTION rollup_report(int, report, bigint, bigint, boolean, boolean, timestamptz);

-- Adds (sign +1) or removes (-1) what one report contributes, under its unit as it stood at the period's cut-off
-- (nothing when the unit did not exist then or was not a grassroots unit): sent once it has a first submission;
-- figures once it is no longer a draft.
CREATE FUNCTION rollup_report(sign int, r report) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
    p reporting_period;
    u record;
BEGIN
    SELECT * INTO p FROM reporting_period WHERE id = r.period_id;
    SELECT o.parent_id, o.bloc_id INTO u FROM units_at(p.cutoff_date) o
        JOIN organisation_type t ON t.id = o.type_id AND t.grassroots WHERE o.id = r.organisation_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF r.first_submitted_at IS NOT NULL THEN
        INSERT INTO report_rollup AS t (period_id, committee_id, bloc_id, submitted, on_time)
        VALUES (r.period_id, coalesce(u.parent_id, 0), coalesce(u.bloc_id, 0), sign,
                CASE WHEN (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date THEN sign ELSE 0 END)
        ON CONFLICT (period_id, committee_id, bloc_id)
            DO UPDATE SET submitted = t.submitted + EXCLUDED.submitted, on_time = t.on_time + EXCLUDED.on_time;
    END IF;
    IF r.status <> 'DRAFT' THEN
        INSERT INTO figure_rollup AS t (period_id, committee_id, bloc_id, indicator_code, total)
        SELECT r.period_id, coalesce(u.parent_id, 0), coalesce(u.bloc_id, 0), v.indicator_code, sign * v.number_value
        FROM report_value v WHERE v.report_id = r.id AND v.number_value IS NOT NULL
        ON CONFLICT (period_id, committee_id, bloc_id, indicator_code) DO UPDATE SET total = t.total + EXCLUDED.total;
    END IF;
END $fn$;

CREATE FUNCTION report_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM rollup_report(-1, OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM rollup_report(1, NEW);
    END IF;
    RETURN NULL;
END $fn$;
-- BEFORE DELETE: the report's figures are still there (the cascade to report_value runs after)
CREATE TRIGGER report_rollup_deleted BEFORE DELETE ON report FOR EACH ROW EXECUTE FUNCTION report_rollup_changed();
CREATE TRIGGER report_rollup_changed AFTER INSERT OR UPDATE OF status, first_submitted_at, organisation_id, period_id ON report
    FOR EACH ROW EXECUTE FUNCTION report_rollup_changed();

CREATE FUNCTION figure_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    r report;
    u record;
BEGIN
    SELECT * INTO r FROM report WHERE id = coalesce(NEW.report_id, OLD.report_id);
    IF r.id IS NULL OR r.status = 'DRAFT' THEN
        RETURN NULL;
    END IF;
    SELECT o.parent_id, o.bloc_id INTO u FROM reporting_period p, units_at(p.cutoff_date) o
        JOIN organisation_type t ON t.id = o.type_id AND t.grassroots WHERE p.id = r.period_id AND o.id = r.organisation_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.number_value IS NOT NULL THEN
        INSERT INTO figure_rollup AS t (period_id, committee_id, bloc_id, indicator_code, total)
        VALUES (r.period_id, coalesce(u.parent_id, 0), coalesce(u.bloc_id, 0), OLD.indicator_code, -OLD.number_value)
        ON CONFLICT (period_id, committee_id, bloc_id, indicator_code) DO UPDATE SET total = t.total + EXCLUDED.total;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.number_value IS NOT NULL THEN
        INSERT INTO figure_rollup AS t (period_id, committee_id, bloc_id, indicator_code, total)
        VALUES (r.period_id, coalesce(u.parent_id, 0), coalesce(u.bloc_id, 0), NEW.indicator_code, NEW.number_value)
        ON CONFLICT (period_id, committee_id, bloc_id, indicator_code) DO UPDATE SET total = t.total + EXCLUDED.total;
    END IF;
    RETURN NULL;
END $fn$;
CREATE TRIGGER figure_rollup_changed AFTER INSERT OR UPDATE OR DELETE ON report_value
    FOR EACH ROW EXECUTE FUNCTION figure_rollup_changed();

-- The reports of one unit in the periods whose cut-off is on or after a day, added (+1) or removed (-1).
CREATE FUNCTION rollup_unit_reports(sign int, unit bigint, since date) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM rollup_report(sign, r) FROM report r JOIN reporting_period p ON p.id = r.period_id
    WHERE r.organisation_id = unit AND p.cutoff_date >= since;
END $fn$;

-- The assignments of directives still follow the registry of today; reports no longer do (see below).
CREATE OR REPLACE FUNCTION organisation_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    was_grassroots boolean;
    is_grassroots boolean;
BEGIN
    SELECT grassroots INTO was_grassroots FROM organisation_type WHERE id = OLD.type_id;
    SELECT grassroots INTO is_grassroots FROM organisation_type WHERE id = NEW.type_id;
    PERFORM rollup_assignment(-1, a.directive_id, NEW.id, OLD.parent_id, OLD.bloc_id, was_grassroots, OLD.active),
            rollup_assignment(1, a.directive_id, NEW.id, NEW.parent_id, NEW.bloc_id, is_grassroots, NEW.active)
    FROM directive_assignment a WHERE a.organisation_id = NEW.id;
    RETURN NULL;
END $fn$;

-- ---- versions kept by the registry itself

CREATE FUNCTION organisation_versioned() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    eff date := registry_effective_on();
    decision bigint := registry_decision_id();
    cur organisation_version;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF EXISTS (SELECT 1 FROM organisation_version WHERE organisation_id = NEW.id AND (valid_from > eff OR valid_to > eff)) THEN
            RAISE EXCEPTION 'organisation % already has a version after %', NEW.id, eff
                USING ERRCODE = '23P01', CONSTRAINT = 'organisation_version_no_overlap';
        END IF;
        PERFORM rollup_unit_reports(-1, NEW.id, eff);
        SELECT * INTO cur FROM organisation_version WHERE organisation_id = NEW.id AND valid_to IS NULL;
        IF cur.organisation_id IS NOT NULL THEN
            IF cur.valid_from = eff THEN
                DELETE FROM organisation_version WHERE organisation_id = NEW.id AND valid_from = eff;
                decision := coalesce(decision, cur.decision_id);
            ELSE
                UPDATE organisation_version SET valid_to = eff WHERE organisation_id = NEW.id AND valid_from = cur.valid_from;
            END IF;
        END IF;
    END IF;
    IF NEW.active THEN
        INSERT INTO organisation_version (organisation_id, valid_from, code, name, type_id, parent_id, path, bloc_id, sector_id,
                                          members_total, members_full, members_probationary, decision_id)
        VALUES (NEW.id, eff, NEW.code, NEW.name, NEW.type_id, NEW.parent_id, NEW.path, NEW.bloc_id, NEW.sector_id,
                NEW.members_total, NEW.members_full, NEW.members_probationary, decision);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        PERFORM rollup_unit_reports(1, NEW.id, eff);
    END IF;
    RETURN NULL;
END $fn$;
CREATE TRIGGER organisation_versioned_added AFTER INSERT ON organisation
    FOR EACH ROW EXECUTE FUNCTION organisation_versioned();
CREATE TRIGGER organisation_versioned_changed AFTER UPDATE ON organisation
    FOR EACH ROW WHEN ((OLD.code, OLD.name, OLD.type_id, OLD.parent_id, OLD.path, OLD.bloc_id, OLD.sector_id, OLD.members_total,
                        OLD.members_full, OLD.members_probationary, OLD.active)
                       IS DISTINCT FROM (NEW.code, NEW.name, NEW.type_id, NEW.parent_id, NEW.path, NEW.bloc_id, NEW.sector_id,
                                         NEW.members_total, NEW.members_full, NEW.members_probationary, NEW.active))
    EXECUTE FUNCTION organisation_versioned();

-- Today's registry becomes the first version of every unit, from before the first period on record (or from the day
-- it was registered, if later than that and it was registered without sample history), to its deactivation.
INSERT INTO organisation_version (organisation_id, valid_from, valid_to, code, name, type_id, parent_id, path, bloc_id,
                                  sector_id, members_total, members_full, members_probationary)
SELECT o.id, f.since,
       CASE WHEN o.active THEN NULL ELSE greatest(f.since + 1, (coalesce(o.deactivated_at, now()) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) END,
       o.code, o.name, o.type_id, o.parent_id, o.path, o.bloc_id, o.sector_id, o.members_total, o.members_full, o.members_probationary
FROM organisation o
CROSS JOIN LATERAL (SELECT coalesce((SELECT min(start_date) FROM reporting_period), DATE '2000-01-01') - 1 AS since) f;

-- ---- committees as dated data

CREATE TABLE committee_profile (
    id                bigserial PRIMARY KEY,
    organisation_id   bigint       NOT NULL REFERENCES organisation ON DELETE CASCADE,
    valid_from        date         NOT NULL,
    valid_to          date,
    -- the line above the issuer in a document's header ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
    superior_heading  varchar(200) NOT NULL,
    -- the issuer as the header writes it ("QUẬN ỦY HAI BÀ TRƯNG") and as a sentence does ("Quận ủy Hai Bà Trưng")
    heading           varchar(200) NOT NULL,
    name              varchar(300) NOT NULL,
    abbreviation      varchar(20)  NOT NULL,
    number_suffix     varchar(30)  NOT NULL,
    place             varchar(100) NOT NULL,
    signatory_heading varchar(100) NOT NULL DEFAULT 'T/M BAN THƯỜNG VỤ',
    signer_title      varchar(100) NOT NULL,
    signer_name       varchar(150),
    -- "Nơi nhận", one recipient per line
    recipients        text         NOT NULL,
    sample            boolean      NOT NULL DEFAULT false,
    CONSTRAINT committee_profile_dates CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT committee_profile_no_overlap EXCLUDE USING gist (organisation_id WITH =, daterange(valid_from, valid_to) WITH &&)
);

ALTER TABLE account ADD COLUMN committee_id bigint REFERENCES organisation;
CREATE INDEX account_committee_idx ON account (committee_id);

-- Recomputes every summary from the records (after a bulk load with the summary triggers disabled).
CREATE OR REPLACE FUNCTION summaries_rebuild() RETURNS void LANGUAGE sql AS $fn$
    UPDATE congress c SET (current_stage_code, current_stage_on) = (
        SELECT r.stage_code, r.completed_on FROM congress_stage_record r JOIN congress_stage s ON s.code = r.stage_code
        WHERE r.congress_id = c.id AND (NOT s.district_confirms OR r.status IN ('ACCEPTED', 'LOCKED'))
        ORDER BY s.sort_order DESC LIMIT 1);
    UPDATE directive_implementation i SET first_session_on = (SELECT min(s.held_on) FROM dissemination_session s WHERE s.implementation_id = i.id);
    DELETE FROM report_rollup;
    DELETE FROM figure_rollup;
    DELETE FROM directive_rollup;
    INSERT INTO directive_rollup (directive_id, committee_id, bloc_id, assigned, disseminated)
    SELECT a.directive_id, coalesce(o.parent_id, 0), coalesce(o.bloc_id, 0), count(*),
           count(*) FILTER (WHERE i.status <> 'DRAFT' AND i.first_session_on IS NOT NULL)
    FROM directive_assignment a JOIN organisation o ON o.id = a.organisation_id
    JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
    LEFT JOIN directive_implementation i ON i.directive_id = a.directive_id AND i.organisation_id = a.organisation_id
    WHERE o.active
    GROUP BY 1, 2, 3;
    INSERT INTO report_rollup (period_id, committee_id, bloc_id, submitted, on_time)
    SELECT r.period_id, coalesce(o.parent_id, 0), coalesce(o.bloc_id, 0), count(*),
           count(*) FILTER (WHERE (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date)
    FROM report r JOIN reporting_period p ON p.id = r.period_id
    JOIN organisation_version o ON o.organisation_id = r.organisation_id AND o.valid_from <= p.cutoff_date
         AND (o.valid_to IS NULL OR o.valid_to > p.cutoff_date)
    JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
    WHERE r.first_submitted_at IS NOT NULL
    GROUP BY 1, 2, 3;
    INSERT INTO figure_rollup (period_id, committee_id, bloc_id, indicator_code, total)
    SELECT r.period_id, coalesce(o.parent_id, 0), coalesce(o.bloc_id, 0), v.indicator_code, sum(v.number_value)
    FROM report r JOIN reporting_period p ON p.id = r.period_id
    JOIN organisation_version o ON o.organisation_id = r.organisation_id AND o.valid_from <= p.cutoff_date
         AND (o.valid_to IS NULL OR o.valid_to > p.cutoff_date)
    JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
    JOIN report_value v ON v.report_id = r.id AND v.number_value IS NOT NULL
    WHERE r.status <> 'DRAFT'
    GROUP BY 1, 2, 3, 4;
$fn$;
SELECT summaries_rebuild();
