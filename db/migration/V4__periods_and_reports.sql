-- PartyTrack schema, part 2: reporting periods, the indicator catalogue, six-month and annual reports with their
-- workflow history, and in-app notifications (and e-mail, hence the accounts' addresses).

ALTER TABLE account ADD COLUMN email varchar(200);

CREATE TABLE reporting_period (
    id          bigserial PRIMARY KEY,
    code        varchar(30)  NOT NULL UNIQUE,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('H1', 'YEAR', 'AD_HOC')),
    year        int          NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    name_vi     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    start_date  date         NOT NULL,
    end_date    date         NOT NULL,
    cutoff_date date         NOT NULL,
    due_date    date         NOT NULL,
    open        boolean      NOT NULL DEFAULT true,
    sample      boolean      NOT NULL DEFAULT false,
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT reporting_period_dates CHECK (start_date <= cutoff_date AND cutoff_date <= end_date AND start_date <= due_date)
);

-- The sections of a report, in order. Narrative sections get a text box; indicators hang off a section.
CREATE TABLE report_section (
    code       varchar(40)  PRIMARY KEY,
    name_vi    varchar(200) NOT NULL,
    name_en    varchar(200) NOT NULL,
    hint_vi    varchar(500),
    hint_en    varchar(500),
    narrative  boolean      NOT NULL DEFAULT true,
    -- a report cannot be submitted with this section empty
    required   boolean      NOT NULL DEFAULT true,
    sort_order int          NOT NULL
);

-- The indicator catalogue: a new figure is a row here, not a code change.
CREATE TABLE indicator (
    code         varchar(40)  PRIMARY KEY,
    section_code varchar(40)  NOT NULL REFERENCES report_section,
    label_vi     varchar(300) NOT NULL,
    label_en     varchar(300) NOT NULL,
    unit_vi      varchar(40)  NOT NULL DEFAULT '',
    unit_en      varchar(40)  NOT NULL DEFAULT '',
    value_kind   varchar(20)  NOT NULL CHECK (value_kind IN ('COUNT', 'PERCENT', 'DATE')),
    min_value    numeric(12, 2),
    max_value    numeric(12, 2),
    required     boolean      NOT NULL DEFAULT false,
    -- where a new draft takes its first value from
    prefill      varchar(30)  CHECK (prefill IN ('REGISTRY_TOTAL', 'REGISTRY_FULL', 'REGISTRY_PROBATIONARY', 'PREVIOUS')),
    active       boolean      NOT NULL DEFAULT true,
    sort_order   int          NOT NULL
);

-- Cross-field rules over indicator codes: "<left> <operator> <right>", each side a sum such as "A + B - C" or a number.
CREATE TABLE indicator_rule (
    code        varchar(60)  PRIMARY KEY,
    left_expr   varchar(300) NOT NULL,
    operator    varchar(2)   NOT NULL CHECK (operator IN ('EQ', 'LE', 'GE')),
    right_expr  varchar(300) NOT NULL,
    field       varchar(40)  NOT NULL REFERENCES indicator,
    message_vi  varchar(500) NOT NULL,
    message_en  varchar(500) NOT NULL,
    active      boolean      NOT NULL DEFAULT true
);

CREATE TABLE report (
    id                  bigserial   PRIMARY KEY,
    organisation_id     bigint      NOT NULL REFERENCES organisation,
    period_id           bigint      NOT NULL REFERENCES reporting_period,
    status              varchar(20) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED', 'LOCKED')),
    first_submitted_at  timestamptz,
    last_submitted_at   timestamptz,
    accepted_at         timestamptz,
    unlock_requested_at timestamptz,
    unlock_reason       varchar(2000),
    sample              boolean     NOT NULL DEFAULT false,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT report_one_per_unit_and_period UNIQUE (organisation_id, period_id),
    CONSTRAINT report_submitted_has_date CHECK (status = 'DRAFT' OR first_submitted_at IS NOT NULL)
);
CREATE INDEX report_period_status_idx ON report (period_id, status);

CREATE TABLE report_value (
    report_id      bigint      NOT NULL REFERENCES report ON DELETE CASCADE,
    indicator_code varchar(40) NOT NULL REFERENCES indicator,
    number_value   numeric(12, 2),
    date_value     date,
    PRIMARY KEY (report_id, indicator_code)
);

CREATE TABLE report_text (
    report_id    bigint      NOT NULL REFERENCES report ON DELETE CASCADE,
    section_code varchar(40) NOT NULL REFERENCES report_section,
    body         text        NOT NULL CHECK (length(body) <= 20000),
    PRIMARY KEY (report_id, section_code)
);

-- Difficulties and proposals, one row each, so the district can register and answer every one.
CREATE TABLE report_item (
    id        bigserial     PRIMARY KEY,
    report_id bigint        NOT NULL REFERENCES report ON DELETE CASCADE,
    kind      varchar(20)   NOT NULL CHECK (kind IN ('DIFFICULTY', 'PROPOSAL')),
    position  int           NOT NULL,
    body      varchar(2000) NOT NULL
);
CREATE INDEX report_item_report_idx ON report_item (report_id);

-- Every transition and comment, with who and when: both sides read it.
CREATE TABLE report_event (
    id          bigserial   PRIMARY KEY,
    report_id   bigint      NOT NULL REFERENCES report ON DELETE CASCADE,
    at          timestamptz NOT NULL,
    actor       varchar(60) NOT NULL,
    action      varchar(30) NOT NULL,
    from_status varchar(20),
    to_status   varchar(20),
    comment     varchar(2000)
);
CREATE INDEX report_event_report_idx ON report_event (report_id, at);

CREATE TABLE notification (
    id          bigserial    PRIMARY KEY,
    account_id  bigint       NOT NULL REFERENCES account,
    created_at  timestamptz  NOT NULL,
    kind        varchar(40)  NOT NULL,
    message_key varchar(100) NOT NULL,
    arguments   text         NOT NULL DEFAULT '',
    report_id   bigint       REFERENCES report ON DELETE CASCADE,
    read_at     timestamptz,
    -- the same reminder is never sent twice
    dedupe_key  varchar(200) UNIQUE
);
CREATE INDEX notification_account_idx ON notification (account_id, read_at, created_at DESC);
