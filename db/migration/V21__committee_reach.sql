-- PartyTrack schema, part 11: what a committee's staff and leaders reach; deletes the roll-up triggers cancelled.
-- A unit is within a committee's reach (its path prefix, e.g. '/41/%') when it, or a unit above it, or a unit any of
-- those became part of through mergers and splits, sits under the committee today. So a ward committee's staff see the
-- units transferred to the ward and every record those units made under the district before, and the records of two
-- units merged into one of theirs; nothing of another ward. 1 when reached, 0 when not (JPQL compares integers).
CREATE FUNCTION pt_reaches(unit bigint, prefix varchar) RETURNS int LANGUAGE sql STABLE AS $fn$
    WITH RECURSIVE line (id) AS (
        SELECT a::bigint FROM organisation o CROSS JOIN unnest(string_to_array(trim(BOTH '/' FROM o.path), '/')) a
        WHERE o.id = unit AND a <> ''
        UNION
        SELECT s.successor_id FROM organisation_succession s JOIN line l ON l.id = s.predecessor_id)
    SELECT CASE WHEN EXISTS (SELECT 1 FROM line l JOIN organisation o ON o.id = l.id WHERE o.path LIKE prefix) THEN 1 ELSE 0 END
$fn$;

-- A finalised synthesis is the document of the committee it was written for (null: made before committees were
-- recorded, or for the single committee of its time); its versions are numbered per bloc, period and committee.
ALTER TABLE synthesis_report ADD COLUMN committee_id bigint REFERENCES organisation;
ALTER TABLE synthesis_report DROP CONSTRAINT synthesis_report_version_once;
CREATE UNIQUE INDEX synthesis_report_version_once ON synthesis_report (bloc_code, period_id, coalesce(committee_id, 0), version);

-- The report roll-up trigger of V17 returned NULL from its BEFORE DELETE call, which cancels the delete: a report could
-- not be removed (a period's reports with it). A BEFORE trigger lets the row go by returning OLD.
CREATE OR REPLACE FUNCTION report_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM rollup_report(-1, OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM rollup_report(1, NEW);
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD END;
END $fn$;

-- The same for a directive's assignment (V14): un-assigning a unit was silently cancelled.
CREATE OR REPLACE FUNCTION assignment_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    a directive_assignment;
    u record;
BEGIN
    a := coalesce(NEW, OLD);
    SELECT o.parent_id, o.bloc_id, t.grassroots, o.active INTO u
    FROM organisation o JOIN organisation_type t ON t.id = o.type_id WHERE o.id = a.organisation_id;
    PERFORM rollup_assignment(CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END, a.directive_id, a.organisation_id,
                              u.parent_id, u.bloc_id, u.grassroots, u.active);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD END;
END $fn$;
