-- Issue 20, second part: the self-assessment deadline of each rated year, and the rule-set editor.
--
-- The organisation board sets in its yearly plan the day by which every grassroots organisation sends its
-- self-assessment; the reminders go out before and after it. A year without a row falls back on the configured
-- month and day (PARTYTRACK_RATING_SELF_ASSESSMENT_DUE).
CREATE TABLE rating_deadline (
    year                int          PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    self_assessment_due date         NOT NULL,
    set_by              varchar(100) NOT NULL,
    set_at              timestamptz  NOT NULL
);

-- The dashboard counts the decided levels: a decision changes the figures kept for it (V25).
CREATE CONSTRAINT TRIGGER figures_changed AFTER DELETE OR UPDATE OF decided_level, organisation_id, year
    ON rating DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();

-- The rule-set editor: a new year's rule set closes the one that covered that year (its to_year becomes the year
-- before). That is the one change a rule set with decided ratings still allows, and only while no rating decided
-- under it falls after its new last year; everything else of it stays frozen (V23).
CREATE OR REPLACE FUNCTION pt_rating_rules_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ruleset bigint;
BEGIN
    IF TG_TABLE_NAME = 'rating_rule_set' THEN
        ruleset := OLD.id;
        IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'to_year' - 'version') = (to_jsonb(OLD) - 'to_year' - 'version')
           AND NEW.to_year IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.rule_set_id = ruleset AND r.decided_level IS NOT NULL AND r.year > NEW.to_year) THEN
            RETURN NEW;
        END IF;
    ELSE
        ruleset := OLD.rule_set_id;
    END IF;
    IF EXISTS (SELECT 1 FROM rating r WHERE r.rule_set_id = ruleset AND r.decided_level IS NOT NULL) THEN
        RAISE EXCEPTION 'rating rule set % has decided ratings and cannot change', ruleset USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
