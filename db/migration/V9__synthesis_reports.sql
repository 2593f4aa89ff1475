-- PartyTrack schema, part 4: finalised synthesis reports, kept with their version, who finalised them and the exact
-- files that were downloaded, so they can be downloaded again unchanged.

CREATE TABLE synthesis_report (
    id           bigserial    PRIMARY KEY,
    bloc_code    varchar(40)  NOT NULL DEFAULT '',
    period_id    bigint       NOT NULL REFERENCES reporting_period,
    version      int          NOT NULL CHECK (version > 0),
    title        varchar(500) NOT NULL,
    content      text         NOT NULL,
    docx         bytea        NOT NULL,
    pdf          bytea        NOT NULL,
    finalised_by varchar(60)  NOT NULL,
    finalised_at timestamptz  NOT NULL,
    CONSTRAINT synthesis_report_version_once UNIQUE (bloc_code, period_id, version)
);
