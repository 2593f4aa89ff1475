-- PartyTrack schema, part 6: review meetings (giao ban). District staff record a meeting of a bloc for a period, with
-- the boards and units present; difficulties raised at the meeting join the issue register; the chair's concluding
-- tasks are assigned to units, which report completion.

CREATE TABLE review_meeting (
    id         bigserial PRIMARY KEY,
    bloc_id    bigint REFERENCES bloc,                       -- null: the whole committee
    period_id  bigint        NOT NULL REFERENCES reporting_period,
    held_on    date          NOT NULL,
    chair      varchar(200)  NOT NULL,
    place      varchar(300),
    conclusion varchar(20000),
    created_by varchar(60)   NOT NULL,
    created_at timestamptz   NOT NULL,
    version    bigint        NOT NULL DEFAULT 0
);
CREATE INDEX review_meeting_period_idx ON review_meeting (period_id, bloc_id);

CREATE TABLE review_meeting_board (
    meeting_id bigint NOT NULL REFERENCES review_meeting ON DELETE CASCADE,
    board_id   bigint NOT NULL REFERENCES board,
    PRIMARY KEY (meeting_id, board_id)
);

CREATE TABLE review_meeting_unit (
    meeting_id      bigint NOT NULL REFERENCES review_meeting ON DELETE CASCADE,
    organisation_id bigint NOT NULL REFERENCES organisation,
    PRIMARY KEY (meeting_id, organisation_id)
);

-- A concluding task of the chair, with its deadline.
CREATE TABLE meeting_task (
    id         bigserial PRIMARY KEY,
    meeting_id bigint        NOT NULL REFERENCES review_meeting ON DELETE CASCADE,
    position   int           NOT NULL,
    body       varchar(2000) NOT NULL,
    deadline   date          NOT NULL,
    all_units  boolean       NOT NULL,
    created_by varchar(60)   NOT NULL,
    created_at timestamptz   NOT NULL,
    version    bigint        NOT NULL DEFAULT 0
);
CREATE INDEX meeting_task_meeting_idx ON meeting_task (meeting_id);

-- One unit's share of a task: OPEN until its secretary reports it DONE, with a note and the date.
CREATE TABLE task_assignment (
    id              bigserial PRIMARY KEY,
    task_id         bigint      NOT NULL REFERENCES meeting_task ON DELETE CASCADE,
    organisation_id bigint      NOT NULL REFERENCES organisation,
    status          varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
    note            varchar(2000),
    done_on         date,
    reported_by     varchar(60),
    reported_at     timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    UNIQUE (task_id, organisation_id),
    CHECK (status = 'OPEN' OR (done_on IS NOT NULL AND note IS NOT NULL))
);
CREATE INDEX task_assignment_organisation_idx ON task_assignment (organisation_id);

-- The issue register takes items raised at a meeting as well as those of reports: every item names its unit and period.
ALTER TABLE report_item
    ALTER COLUMN report_id DROP NOT NULL,
    ADD COLUMN organisation_id bigint REFERENCES organisation,
    ADD COLUMN period_id       bigint REFERENCES reporting_period,
    ADD COLUMN meeting_id      bigint REFERENCES review_meeting ON DELETE CASCADE;
UPDATE report_item i SET organisation_id = r.organisation_id, period_id = r.period_id FROM report r WHERE r.id = i.report_id;
ALTER TABLE report_item
    ALTER COLUMN organisation_id SET NOT NULL,
    ALTER COLUMN period_id SET NOT NULL,
    ADD CONSTRAINT report_item_source CHECK ((report_id IS NULL) <> (meeting_id IS NULL));
CREATE INDEX report_item_period_idx ON report_item (period_id, organisation_id);
CREATE INDEX report_item_meeting_idx ON report_item (meeting_id);

-- An item written with its report only (older inserts, sample data loaded later) takes the report's unit and period.
CREATE FUNCTION report_item_from_report() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.report_id IS NOT NULL THEN
        SELECT r.organisation_id, r.period_id INTO NEW.organisation_id, NEW.period_id FROM report r WHERE r.id = NEW.report_id;
    END IF;
    RETURN NEW;
END $fn$;
CREATE TRIGGER report_item_from_report BEFORE INSERT ON report_item FOR EACH ROW EXECUTE FUNCTION report_item_from_report();
