-- Issue 19: the dashboard and tracker figures are kept in memory until a record they count changes
-- (vn.partytrack.platform.KeptFigures). figures_stamp.stamp grows by one with every committed transaction that
-- changed such a record: a constraint trigger, deferred to the commit, so a transaction holds the row only while it
-- commits (no deadlock with its other locks, no wait while it works), and once per transaction (last_xact).
-- The stamp becomes visible with the change itself, in the same commit: figures read after reading a stamp are never
-- older than the changes that stamp counts. A draft saved does not move it (a draft counts only as missing, which its
-- status says): report triggers only on the columns the figures read, report values only through figure_rollup,
-- which counts submitted reports only.

CREATE TABLE figures_stamp (
    id int PRIMARY KEY CHECK (id = 1),
    stamp bigint NOT NULL,
    last_xact xid8
);
INSERT INTO figures_stamp (id, stamp) VALUES (1, 0);

CREATE FUNCTION figures_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    UPDATE figures_stamp SET stamp = stamp + 1, last_xact = pg_current_xact_id()
    WHERE id = 1 AND last_xact IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END
$fn$;

CREATE CONSTRAINT TRIGGER figures_changed AFTER INSERT OR DELETE
    OR UPDATE OF status, first_submitted_at, last_submitted_at, accepted_at, unlock_requested_at, organisation_id, period_id
    ON report DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();

DO $do$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['figure_rollup', 'report_rollup', 'directive_rollup', 'reporting_period', 'organisation',
            'organisation_version', 'organisation_type', 'bloc', 'sector', 'board', 'congress_term', 'congress_stage', 'congress',
            'congress_stage_record', 'directive', 'directive_assignment', 'directive_implementation', 'dissemination_session',
            'review_meeting', 'meeting_task', 'task_assignment'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER figures_changed AFTER INSERT OR UPDATE OR DELETE ON %I '
            'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed()', t);
    END LOOP;
END
$do$;
