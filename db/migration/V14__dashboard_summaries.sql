-- PartyTrack schema, part 8: what the dashboards read at national scale, kept right by triggers so it can never
-- disagree with the records it summarises.
--  * congress.current_stage_code / current_stage_on: the furthest stage reached (a district stage once confirmed),
--    recomputed whenever a stage record changes — the congress tracker's rule, without a per-congress subquery.
--  * directive_implementation.first_session_on: the date of its first dissemination session.
--  * report_rollup / figure_rollup: per period, superior committee (the unit's parent) and bloc, the reports sent
--    (on time) and the sums of the figures of submitted reports — what the trend and the figures of a national or
--    provincial roll-up add up, from a few thousand rows instead of millions. Kept by triggers on report,
--    report_value and organisation; summaries_rebuild() recomputes every summary from scratch (bulk loads disable
--    the summary triggers and call it afterwards).

ALTER TABLE congress
    ADD COLUMN current_stage_code varchar(40) REFERENCES congress_stage,
    ADD COLUMN current_stage_on   date;

CREATE FUNCTION congress_current_stage(congress bigint) RETURNS void LANGUAGE sql AS $fn$
    UPDATE congress c SET (current_stage_code, current_stage_on) = (
        SELECT r.stage_code, r.completed_on FROM congress_stage_record r JOIN congress_stage s ON s.code = r.stage_code
        WHERE r.congress_id = c.id AND (NOT s.district_confirms OR r.status IN ('ACCEPTED', 'LOCKED'))
        ORDER BY s.sort_order DESC LIMIT 1)
    WHERE c.id = congress;
$fn$;

CREATE FUNCTION congress_stage_record_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM congress_current_stage(OLD.congress_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.congress_id <> OLD.congress_id) THEN
        PERFORM congress_current_stage(NEW.congress_id);
    END IF;
    RETURN NULL;
END $fn$;
CREATE TRIGGER congress_stage_record_changed AFTER INSERT OR UPDATE OR DELETE ON congress_stage_record
    FOR EACH ROW EXECUTE FUNCTION congress_stage_record_changed();


ALTER TABLE directive_implementation ADD COLUMN first_session_on date;

CREATE FUNCTION implementation_first_session(implementation bigint) RETURNS void LANGUAGE sql AS $fn$
    UPDATE directive_implementation i SET first_session_on = (SELECT min(s.held_on) FROM dissemination_session s WHERE s.implementation_id = i.id)
    WHERE i.id = implementation;
$fn$;

CREATE FUNCTION dissemination_session_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM implementation_first_session(OLD.implementation_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM implementation_first_session(NEW.implementation_id);
    END IF;
    RETURN NULL;
END $fn$;
CREATE TRIGGER dissemination_session_changed AFTER INSERT OR UPDATE OR DELETE ON dissemination_session
    FOR EACH ROW EXECUTE FUNCTION dissemination_session_changed();


-- ---- roll-ups of reports by period, superior committee and bloc (0: none)

CREATE TABLE report_rollup (
    period_id    bigint NOT NULL REFERENCES reporting_period ON DELETE CASCADE,
    committee_id bigint NOT NULL,
    bloc_id      bigint NOT NULL,
    submitted    int    NOT NULL DEFAULT 0,
    on_time      int    NOT NULL DEFAULT 0,
    PRIMARY KEY (period_id, committee_id, bloc_id)
);

CREATE TABLE figure_rollup (
    period_id      bigint         NOT NULL REFERENCES reporting_period ON DELETE CASCADE,
    committee_id   bigint         NOT NULL,
    bloc_id        bigint         NOT NULL,
    indicator_code varchar(40)    NOT NULL,
    total          numeric(16, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (period_id, committee_id, bloc_id, indicator_code)
);

-- Adds (sign +1) or removes (-1) what one report contributes, for its unit in the given state: a grassroots unit,
-- active or deactivated after the period began (the trackers' rule); sent once it has a first submission; figures
-- once it is no longer a draft.
CREATE FUNCTION rollup_report(sign int, r report, parent bigint, bloc bigint, grassroots boolean, active boolean,
                              deactivated timestamptz) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
    p reporting_period;
BEGIN
    SELECT * INTO p FROM reporting_period WHERE id = r.period_id;
    IF NOT grassroots OR NOT (active OR deactivated >= p.start_date) THEN
        RETURN;
    END IF;
    IF r.first_submitted_at IS NOT NULL THEN
        INSERT INTO report_rollup AS t (period_id, committee_id, bloc_id, submitted, on_time)
        VALUES (r.period_id, coalesce(parent, 0), coalesce(bloc, 0), sign,
                CASE WHEN (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date THEN sign ELSE 0 END)
        ON CONFLICT (period_id, committee_id, bloc_id)
            DO UPDATE SET submitted = t.submitted + EXCLUDED.submitted, on_time = t.on_time + EXCLUDED.on_time;
    END IF;
    IF r.status <> 'DRAFT' THEN
        INSERT INTO figure_rollup AS t (period_id, committee_id, bloc_id, indicator_code, total)
        SELECT r.period_id, coalesce(parent, 0), coalesce(bloc, 0), v.indicator_code, sign * v.number_value
        FROM report_value v WHERE v.report_id = r.id AND v.number_value IS NOT NULL
        ON CONFLICT (period_id, committee_id, bloc_id, indicator_code) DO UPDATE SET total = t.total + EXCLUDED.total;
    END IF;
END $fn$;

CREATE FUNCTION report_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    u record;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        SELECT o.parent_id, o.bloc_id, t.grassroots, o.active, o.deactivated_at INTO u
        FROM organisation o JOIN organisation_type t ON t.id = o.type_id WHERE o.id = OLD.organisation_id;
        PERFORM rollup_report(-1, OLD, u.parent_id, u.bloc_id, u.grassroots, u.active, u.deactivated_at);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT o.parent_id, o.bloc_id, t.grassroots, o.active, o.deactivated_at INTO u
        FROM organisation o JOIN organisation_type t ON t.id = o.type_id WHERE o.id = NEW.organisation_id;
        PERFORM rollup_report(1, NEW, u.parent_id, u.bloc_id, u.grassroots, u.active, u.deactivated_at);
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
    p reporting_period;
    delta numeric;
BEGIN
    SELECT * INTO r FROM report WHERE id = coalesce(NEW.report_id, OLD.report_id);
    IF r.id IS NULL OR r.status = 'DRAFT' THEN
        RETURN NULL;
    END IF;
    SELECT o.parent_id, o.bloc_id, t.grassroots, o.active, o.deactivated_at INTO u
    FROM organisation o JOIN organisation_type t ON t.id = o.type_id WHERE o.id = r.organisation_id;
    SELECT * INTO p FROM reporting_period WHERE id = r.period_id;
    IF NOT u.grassroots OR NOT (u.active OR u.deactivated_at >= p.start_date) THEN
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

-- ---- roll-up of dissemination by document, superior committee and bloc

CREATE TABLE directive_rollup (
    directive_id bigint NOT NULL REFERENCES directive ON DELETE CASCADE,
    committee_id bigint NOT NULL,
    bloc_id      bigint NOT NULL,
    assigned     int    NOT NULL DEFAULT 0,
    disseminated int    NOT NULL DEFAULT 0,
    PRIMARY KEY (directive_id, committee_id, bloc_id)
);

-- Whether a unit counts as having disseminated a document: a session in an implementation it has submitted.
CREATE FUNCTION disseminated(directive bigint, unit bigint) RETURNS boolean LANGUAGE sql STABLE AS $fn$
    SELECT coalesce((SELECT i.status <> 'DRAFT' AND i.first_session_on IS NOT NULL FROM directive_implementation i
                     WHERE i.directive_id = directive AND i.organisation_id = unit), false);
$fn$;

-- Adds (+1) or removes (-1) one assignment, for its unit in the given state (active grassroots units only).
CREATE FUNCTION rollup_assignment(sign int, directive bigint, unit bigint, parent bigint, bloc bigint, grassroots boolean,
                                  active boolean) RETURNS void LANGUAGE sql AS $fn$
    INSERT INTO directive_rollup AS t (directive_id, committee_id, bloc_id, assigned, disseminated)
    SELECT directive, coalesce(parent, 0), coalesce(bloc, 0), sign, CASE WHEN disseminated(directive, unit) THEN sign ELSE 0 END
    WHERE grassroots AND active
    ON CONFLICT (directive_id, committee_id, bloc_id)
        DO UPDATE SET assigned = t.assigned + EXCLUDED.assigned, disseminated = t.disseminated + EXCLUDED.disseminated;
$fn$;

CREATE FUNCTION assignment_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    a directive_assignment;
    u record;
BEGIN
    a := coalesce(NEW, OLD);
    SELECT o.parent_id, o.bloc_id, t.grassroots, o.active INTO u
    FROM organisation o JOIN organisation_type t ON t.id = o.type_id WHERE o.id = a.organisation_id;
    PERFORM rollup_assignment(CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END, a.directive_id, a.organisation_id,
                              u.parent_id, u.bloc_id, u.grassroots, u.active);
    RETURN NULL;
END $fn$;
CREATE TRIGGER assignment_rollup_deleted BEFORE DELETE ON directive_assignment FOR EACH ROW EXECUTE FUNCTION assignment_rollup_changed();
CREATE TRIGGER assignment_rollup_added AFTER INSERT ON directive_assignment FOR EACH ROW EXECUTE FUNCTION assignment_rollup_changed();

-- An implementation submitted, returned to draft, or given its first session: the unit's disseminated flag may flip.
CREATE FUNCTION implementation_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    was boolean := TG_OP IN ('UPDATE', 'DELETE') AND OLD.status <> 'DRAFT' AND OLD.first_session_on IS NOT NULL;
    now_ boolean := TG_OP IN ('INSERT', 'UPDATE') AND NEW.status <> 'DRAFT' AND NEW.first_session_on IS NOT NULL;
    i directive_implementation;
    u record;
BEGIN
    IF was = now_ THEN
        RETURN NULL;
    END IF;
    i := coalesce(NEW, OLD);
    IF NOT EXISTS (SELECT 1 FROM directive_assignment a WHERE a.directive_id = i.directive_id AND a.organisation_id = i.organisation_id) THEN
        RETURN NULL;
    END IF;
    SELECT o.parent_id, o.bloc_id, t.grassroots, o.active INTO u
    FROM organisation o JOIN organisation_type t ON t.id = o.type_id WHERE o.id = i.organisation_id;
    IF u.grassroots AND u.active THEN
        INSERT INTO directive_rollup AS t (directive_id, committee_id, bloc_id, assigned, disseminated)
        VALUES (i.directive_id, coalesce(u.parent_id, 0), coalesce(u.bloc_id, 0), 0, CASE WHEN now_ THEN 1 ELSE -1 END)
        ON CONFLICT (directive_id, committee_id, bloc_id) DO UPDATE SET disseminated = t.disseminated + EXCLUDED.disseminated;
    END IF;
    RETURN NULL;
END $fn$;
CREATE TRIGGER implementation_rollup_changed AFTER INSERT OR UPDATE OF status, first_session_on OR DELETE ON directive_implementation
    FOR EACH ROW EXECUTE FUNCTION implementation_rollup_changed();

-- A unit moved, re-blocced, retyped, deactivated or reactivated: its reports and assignments leave the old place and
-- join the new.
CREATE FUNCTION organisation_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    r report;
    was_grassroots boolean;
    is_grassroots boolean;
BEGIN
    SELECT grassroots INTO was_grassroots FROM organisation_type WHERE id = OLD.type_id;
    SELECT grassroots INTO is_grassroots FROM organisation_type WHERE id = NEW.type_id;
    FOR r IN SELECT * FROM report WHERE organisation_id = NEW.id LOOP
        PERFORM rollup_report(-1, r, OLD.parent_id, OLD.bloc_id, was_grassroots, OLD.active, OLD.deactivated_at);
        PERFORM rollup_report(1, r, NEW.parent_id, NEW.bloc_id, is_grassroots, NEW.active, NEW.deactivated_at);
    END LOOP;
    PERFORM rollup_assignment(-1, a.directive_id, NEW.id, OLD.parent_id, OLD.bloc_id, was_grassroots, OLD.active),
            rollup_assignment(1, a.directive_id, NEW.id, NEW.parent_id, NEW.bloc_id, is_grassroots, NEW.active)
    FROM directive_assignment a WHERE a.organisation_id = NEW.id;
    RETURN NULL;
END $fn$;
CREATE TRIGGER organisation_rollup_changed AFTER UPDATE OF parent_id, bloc_id, type_id, active, deactivated_at ON organisation
    FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.bloc_id IS DISTINCT FROM NEW.bloc_id
                       OR OLD.type_id <> NEW.type_id OR OLD.active <> NEW.active OR OLD.deactivated_at IS DISTINCT FROM NEW.deactivated_at)
    EXECUTE FUNCTION organisation_rollup_changed();

-- Recomputes every summary from the records (after a bulk load with the summary triggers disabled).
CREATE FUNCTION summaries_rebuild() RETURNS void LANGUAGE sql AS $fn$
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
    FROM report r JOIN reporting_period p ON p.id = r.period_id JOIN organisation o ON o.id = r.organisation_id
    JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
    WHERE r.first_submitted_at IS NOT NULL AND (o.active OR o.deactivated_at >= p.start_date)
    GROUP BY 1, 2, 3;
    INSERT INTO figure_rollup (period_id, committee_id, bloc_id, indicator_code, total)
    SELECT r.period_id, coalesce(o.parent_id, 0), coalesce(o.bloc_id, 0), v.indicator_code, sum(v.number_value)
    FROM report r JOIN reporting_period p ON p.id = r.period_id JOIN organisation o ON o.id = r.organisation_id
    JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
    JOIN report_value v ON v.report_id = r.id AND v.number_value IS NOT NULL
    WHERE r.status <> 'DRAFT' AND (o.active OR o.deactivated_at >= p.start_date)
    GROUP BY 1, 2, 3, 4;
$fn$;
SELECT summaries_rebuild();

-- the lagging list walks units in name order and stops at its limit
CREATE INDEX organisation_name_idx ON organisation (name);
