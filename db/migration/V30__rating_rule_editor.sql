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
