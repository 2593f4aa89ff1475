-- PartyTrack schema, part 3: Party congresses by term, stage by stage; directives and resolutions, their assignment
-- to units and each unit's dissemination and implementation. Unit submissions reuse the review columns of reports.

-- A congress term (nhiệm kỳ) with the rules that Party directives set for it, as data.
CREATE TABLE congress_term (
    id                  bigserial    PRIMARY KEY,
    code                varchar(20)  NOT NULL UNIQUE,
    name_vi             varchar(200) NOT NULL,
    name_en             varchar(200) NOT NULL,
    governing_document  varchar(200),
    grassroots_deadline date         NOT NULL,
    -- an organisation with at least this many members holds a delegate congress, a smaller one an all-member congress
    delegate_threshold  int          NOT NULL CHECK (delegate_threshold > 0),
    sample              boolean      NOT NULL DEFAULT false,
    version             bigint       NOT NULL DEFAULT 0
);

-- The stages of a grassroots congress in order; the district confirms some of them.
CREATE TABLE congress_stage (
    code              varchar(40)  PRIMARY KEY,
    name_vi           varchar(200) NOT NULL,
    name_en           varchar(200) NOT NULL,
    district_confirms boolean      NOT NULL DEFAULT false,
    sort_order        int          NOT NULL
);

CREATE TABLE congress (
    id                   bigserial   PRIMARY KEY,
    organisation_id      bigint      NOT NULL REFERENCES organisation,
    term_id              bigint      NOT NULL REFERENCES congress_term,
    sequence_number      int         CHECK (sequence_number > 0),
    pilot                boolean     NOT NULL DEFAULT false,
    form                 varchar(20) NOT NULL CHECK (form IN ('ALL_MEMBERS', 'DELEGATES')),
    planned_date         date,
    held_from            date,
    held_to              date,
    summoned             int         CHECK (summoned >= 0),
    attending            int         CHECK (attending >= 0),
    committee_approved   int         CHECK (committee_approved >= 0),
    committee_elected    int         CHECK (committee_elected >= 0),
    secretary_name       varchar(150),
    secretary_vote_pct   numeric(5, 2) CHECK (secretary_vote_pct BETWEEN 0 AND 100),
    secretary_direct     boolean     NOT NULL DEFAULT false,
    deputy_names         varchar(300),
    deputy_vote_pct      numeric(5, 2) CHECK (deputy_vote_pct BETWEEN 0 AND 100),
    approval_decision_no varchar(60),
    approval_decision_on date,
    sample               boolean     NOT NULL DEFAULT false,
    version              bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT congress_one_per_unit_and_term UNIQUE (organisation_id, term_id),
    CONSTRAINT congress_attending_within_summoned CHECK (attending IS NULL OR summoned IS NULL OR attending <= summoned),
    CONSTRAINT congress_dates_in_order CHECK (held_to IS NULL OR held_from IS NULL OR held_from <= held_to)
);
CREATE INDEX congress_term_idx ON congress (term_id);

-- One stage reached: its date, and for stages the district confirms, the review (same columns as report).
CREATE TABLE congress_stage_record (
    id                  bigserial    PRIMARY KEY,
    congress_id         bigint       NOT NULL REFERENCES congress ON DELETE CASCADE,
    stage_code          varchar(40)  NOT NULL REFERENCES congress_stage,
    completed_on        date         NOT NULL,
    note                varchar(500),
    status              varchar(20)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED', 'LOCKED')),
    first_submitted_at  timestamptz,
    last_submitted_at   timestamptz,
    accepted_at         timestamptz,
    unlock_requested_at timestamptz,
    unlock_reason       varchar(2000),
    CONSTRAINT congress_stage_once UNIQUE (congress_id, stage_code)
);

CREATE TABLE congress_stage_event (
    id          bigserial   PRIMARY KEY,
    record_id   bigint      NOT NULL REFERENCES congress_stage_record ON DELETE CASCADE,
    at          timestamptz NOT NULL,
    actor       varchar(60) NOT NULL,
    action      varchar(30) NOT NULL,
    from_status varchar(20),
    to_status   varchar(20),
    comment     varchar(2000)
);
CREATE INDEX congress_stage_event_record_idx ON congress_stage_event (record_id, at);

-- The catalogue of documents a unit must disseminate and implement.
CREATE TABLE directive (
    id                     bigserial    PRIMARY KEY,
    number                 varchar(60)  NOT NULL UNIQUE,
    kind                   varchar(20)  NOT NULL CHECK (kind IN ('CHI_THI', 'NGHI_QUYET', 'KET_LUAN', 'QUY_DINH', 'HUONG_DAN', 'KE_HOACH', 'CHUYEN_DE')),
    issuer                 varchar(20)  NOT NULL CHECK (issuer IN ('TW', 'THANH_PHO', 'QUAN')),
    issued_on              date,
    title                  varchar(500) COLLATE "vi-x-icu" NOT NULL,
    owner_board_id         bigint       REFERENCES board,
    dissemination_deadline date,
    plan_required          boolean      NOT NULL DEFAULT false,
    plan_deadline          date,
    interim_review_deadline date,
    final_review_deadline  date,
    sample                 boolean      NOT NULL DEFAULT false,
    version                bigint       NOT NULL DEFAULT 0
);

-- Which units must implement which document.
CREATE TABLE directive_assignment (
    directive_id    bigint      NOT NULL REFERENCES directive ON DELETE CASCADE,
    organisation_id bigint      NOT NULL REFERENCES organisation,
    assigned_at     timestamptz NOT NULL,
    assigned_by     varchar(60) NOT NULL,
    PRIMARY KEY (directive_id, organisation_id)
);
CREATE INDEX directive_assignment_organisation_idx ON directive_assignment (organisation_id);

CREATE TABLE directive_implementation (
    id                  bigserial     PRIMARY KEY,
    directive_id        bigint        NOT NULL REFERENCES directive,
    organisation_id     bigint        NOT NULL REFERENCES organisation,
    plan_number         varchar(60),
    plan_date           date,
    interim_review_date date,
    final_review_date   date,
    results             varchar(4000),
    status              varchar(20)   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED', 'LOCKED')),
    first_submitted_at  timestamptz,
    last_submitted_at   timestamptz,
    accepted_at         timestamptz,
    unlock_requested_at timestamptz,
    unlock_reason       varchar(2000),
    sample              boolean       NOT NULL DEFAULT false,
    version             bigint        NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT directive_implementation_once UNIQUE (directive_id, organisation_id)
);

CREATE TABLE dissemination_session (
    id                    bigserial   PRIMARY KEY,
    implementation_id     bigint      NOT NULL REFERENCES directive_implementation ON DELETE CASCADE,
    position              int         NOT NULL,
    held_on               date        NOT NULL,
    format                varchar(20) NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'COMBINED')),
    members_at_date       int         NOT NULL CHECK (members_at_date > 0),
    members_attending     int         NOT NULL CHECK (members_attending >= 0),
    non_members_attending int         NOT NULL DEFAULT 0 CHECK (non_members_attending >= 0),
    CONSTRAINT dissemination_attending_within_members CHECK (members_attending <= members_at_date)
);
CREATE INDEX dissemination_session_implementation_idx ON dissemination_session (implementation_id);

-- Models (mô hình) and exemplary people (điển hình) the unit put forward.
CREATE TABLE directive_model (
    id                bigserial     PRIMARY KEY,
    implementation_id bigint        NOT NULL REFERENCES directive_implementation ON DELETE CASCADE,
    position          int           NOT NULL,
    kind              varchar(20)   NOT NULL CHECK (kind IN ('MODEL', 'EXEMPLAR')),
    name              varchar(300)  NOT NULL,
    description       varchar(1000)
);

CREATE TABLE directive_implementation_event (
    id                bigserial   PRIMARY KEY,
    implementation_id bigint      NOT NULL REFERENCES directive_implementation ON DELETE CASCADE,
    at                timestamptz NOT NULL,
    actor             varchar(60) NOT NULL,
    action            varchar(30) NOT NULL,
    from_status       varchar(20),
    to_status         varchar(20),
    comment           varchar(2000)
);
CREATE INDEX directive_implementation_event_idx ON directive_implementation_event (implementation_id, at);

INSERT INTO congress_stage (code, name_vi, name_en, district_confirms, sort_order) VALUES
 ('KE_HOACH',         'Ban hành kế hoạch đại hội',                      'Congress plan issued',                         false, 10),
 ('VAN_KIEN',         'Dự thảo văn kiện (báo cáo chính trị, kiểm điểm)', 'Draft documents (political report, self-review)', false, 20),
 ('NHAN_SU',          'Đề án nhân sự',                                  'Personnel plan',                               false, 30),
 ('TRINH_CAP_TREN',   'Trình cấp trên văn kiện, nhân sự',               'Documents and personnel sent to the district', false, 40),
 ('DONG_Y_TO_CHUC',   'Cấp trên đồng ý cho tổ chức đại hội',            'Approval to convene',                          true,  50),
 ('DA_TO_CHUC',       'Đã tổ chức đại hội',                             'Congress held',                                false, 60),
 ('BAO_CAO_KET_QUA',  'Báo cáo kết quả đại hội',                         'Results reported',                             false, 70),
 ('CHUAN_Y',          'Cấp trên chuẩn y kết quả bầu cử',                'Election results approved',                    true,  80),
 ('HOAN_THANH_HO_SO', 'Hoàn thiện, lưu trữ hồ sơ đại hội',              'Congress file archived',                       false, 90);
