-- PartyTrack schema, part 5: the issue register. Every difficulty and proposal a unit raises in a submitted report
-- gets an owning board, the district's response and a status, which the unit sees on its report.

ALTER TABLE report_item
    ADD COLUMN owner_board_id bigint REFERENCES board,
    ADD COLUMN response       varchar(2000),
    ADD COLUMN status         varchar(20) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    ADD COLUMN responded_by   varchar(60),
    ADD COLUMN responded_at   timestamptz,
    ADD COLUMN version        bigint NOT NULL DEFAULT 0;
