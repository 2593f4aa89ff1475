-- Annual quality assessment and rating (kiểm điểm, đánh giá, xếp loại chất lượng), issue 20.
--
-- The rules are data: a rule set per range of years (QĐ 132 with HD 16 and HD 21 for 2018 to 2022, QĐ 124 with HD 25
-- for 2023 and 2024, QĐ 366 with HD 43 from 2025) holding its levels, criteria, exemptions and quota rule. An
-- administrator adds a rule set for a new year or adjusts a threshold with SQL or a later screen, without a release;
-- once a rating under a rule set is decided, its rows no longer change (the triggers at the end), so what a past year
-- was rated under stays as it was. Thresholds marked [A] in DOMAIN.md are assumptions to be checked by the board.

CREATE TABLE rating_rule_set (
    id                   bigserial    PRIMARY KEY,
    code                 varchar(30)  NOT NULL UNIQUE,
    name_vi              varchar(300) NOT NULL,
    name_en              varchar(300) NOT NULL,
    sources              varchar(500) NOT NULL,
    from_year            int          NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
    to_year              int          CHECK (to_year IS NULL OR to_year >= from_year),
    -- scored on 100 points: each level has a minimum score, each criterion a maximum
    scored               boolean      NOT NULL DEFAULT false,
    -- members rated HTXS at most this percentage of those rated HTT, within each grassroots organisation
    member_quota_percent numeric(5,2) NOT NULL DEFAULT 20 CHECK (member_quota_percent BETWEEN 0 AND 100),
    -- organisations rated HTXS at most this percentage of those rated HTT, within each group
    org_quota_percent    numeric(5,2) NOT NULL DEFAULT 20 CHECK (org_quota_percent BETWEEN 0 AND 100),
    -- the group the organisation quota counts in: the units under one committee, or those of one bloc under it
    quota_group          varchar(20)  NOT NULL DEFAULT 'COMMITTEE' CHECK (quota_group IN ('COMMITTEE', 'BLOC')),
    -- the highest level a collective may get when one of its members or leaders was disciplined in the year
    disciplined_cap      varchar(10)  NOT NULL DEFAULT 'HTT',
    -- the standing committee may decide over a breached check, giving its reason
    override_allowed     boolean      NOT NULL DEFAULT true,
    version              bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX rating_rule_set_from_year ON rating_rule_set (from_year);

CREATE TABLE rating_level (
    rule_set_id bigint       NOT NULL REFERENCES rating_rule_set ON DELETE CASCADE,
    code        varchar(10)  NOT NULL CHECK (code IN ('HTXS', 'HTT', 'HT', 'KHT')),
    rank        int          NOT NULL,
    name_vi     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    min_score   numeric(5,2),
    PRIMARY KEY (rule_set_id, code),
    UNIQUE (rule_set_id, rank)
);

CREATE TABLE rating_criterion (
    rule_set_id bigint       NOT NULL REFERENCES rating_rule_set ON DELETE CASCADE,
    subject     varchar(12)  NOT NULL CHECK (subject IN ('COLLECTIVE', 'MEMBER')),
    code        varchar(30)  NOT NULL,
    position    int          NOT NULL,
    name_vi     varchar(400) NOT NULL,
    name_en     varchar(400) NOT NULL,
    max_score   numeric(5,2),
    PRIMARY KEY (rule_set_id, subject, code)
);

CREATE TABLE rating_exemption (
    rule_set_id bigint       NOT NULL REFERENCES rating_rule_set ON DELETE CASCADE,
    code        varchar(30)  NOT NULL,
    name_vi     varchar(400) NOT NULL,
    name_en     varchar(400) NOT NULL,
    PRIMARY KEY (rule_set_id, code)
);

-- A grassroots organisation's rating for a year, reviewed like a report: its secretary writes the self-assessment
-- and submits; the organisation board returns it or appraises it (proposed level, which accepts it); the standing
-- committee decides.
CREATE TABLE rating (
    id                   bigserial     PRIMARY KEY,
    organisation_id      bigint        NOT NULL REFERENCES organisation,
    year                 int           NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    rule_set_id          bigint        NOT NULL REFERENCES rating_rule_set,
    self_level           varchar(10),
    self_score           numeric(5,2)  CHECK (self_score BETWEEN 0 AND 100),
    self_summary         varchar(4000),
    disciplined_member   boolean       NOT NULL DEFAULT false,
    disciplined_leader   boolean       NOT NULL DEFAULT false,
    members_total        int           CHECK (members_total >= 0),
    members_htxs         int           CHECK (members_htxs >= 0),
    members_htt          int           CHECK (members_htt >= 0),
    members_ht           int           CHECK (members_ht >= 0),
    members_kht          int           CHECK (members_kht >= 0),
    members_exempted     int           CHECK (members_exempted >= 0),
    members_not_reviewed int           CHECK (members_not_reviewed >= 0),
    exemption_reason     varchar(2000),
    cells_htxs           int           CHECK (cells_htxs >= 0),
    cells_htt            int           CHECK (cells_htt >= 0),
    cells_ht             int           CHECK (cells_ht >= 0),
    cells_kht            int           CHECK (cells_kht >= 0),
    proposed_level       varchar(10),
    appraisal_note       varchar(2000),
    appraised_by         varchar(60),
    appraised_at         timestamptz,
    decided_level        varchar(10),
    decision_number      varchar(60),
    decision_date        date,
    decision_reason      varchar(2000),
    decided_by           varchar(60),
    decided_at           timestamptz,
    status               varchar(20)   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED', 'LOCKED')),
    first_submitted_at   timestamptz,
    last_submitted_at    timestamptz,
    accepted_at          timestamptz,
    unlock_requested_at  timestamptz,
    unlock_reason        varchar(2000),
    sample               boolean       NOT NULL DEFAULT false,
    version              bigint        NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT rating_once_a_year UNIQUE (organisation_id, year),
    CONSTRAINT rating_decided_after_appraisal CHECK (decided_level IS NULL OR proposed_level IS NOT NULL),
    CONSTRAINT rating_decision_complete CHECK (decided_level IS NULL OR (decision_number IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX rating_year_idx ON rating (year, organisation_id);

-- A criterion of the rule set as the organisation assessed itself: the score (scored rule sets) and the evidence.
CREATE TABLE rating_evidence (
    rating_id      bigint        NOT NULL REFERENCES rating ON DELETE CASCADE,
    criterion_code varchar(30)   NOT NULL,
    score          numeric(5,2)  CHECK (score >= 0),
    evidence       varchar(4000),
    PRIMARY KEY (rating_id, criterion_code)
);

CREATE TABLE rating_event (
    id          bigserial   PRIMARY KEY,
    rating_id   bigint      NOT NULL REFERENCES rating ON DELETE CASCADE,
    at          timestamptz NOT NULL,
    actor       varchar(60) NOT NULL,
    action      varchar(30) NOT NULL,
    from_status varchar(20),
    to_status   varchar(20),
    comment     varchar(2000)
);
CREATE INDEX rating_event_idx ON rating_event (rating_id, at);

-- A rule set under which a rating was decided is frozen: its thresholds, levels and criteria stay as they were.
CREATE FUNCTION pt_rating_rules_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ruleset bigint;
BEGIN
    IF TG_TABLE_NAME = 'rating_rule_set' THEN
        ruleset := OLD.id;
    ELSE
        ruleset := OLD.rule_set_id;
    END IF;
    IF EXISTS (SELECT 1 FROM rating r WHERE r.rule_set_id = ruleset AND r.decided_level IS NOT NULL) THEN
        RAISE EXCEPTION 'rating rule set % has decided ratings and cannot change', ruleset USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER rating_rule_set_frozen BEFORE UPDATE OR DELETE ON rating_rule_set FOR EACH ROW EXECUTE FUNCTION pt_rating_rules_frozen();
CREATE TRIGGER rating_level_frozen BEFORE UPDATE OR DELETE ON rating_level FOR EACH ROW EXECUTE FUNCTION pt_rating_rules_frozen();
CREATE TRIGGER rating_criterion_frozen BEFORE UPDATE OR DELETE ON rating_criterion FOR EACH ROW EXECUTE FUNCTION pt_rating_rules_frozen();
CREATE TRIGGER rating_exemption_frozen BEFORE UPDATE OR DELETE ON rating_exemption FOR EACH ROW EXECUTE FUNCTION pt_rating_rules_frozen();

-- The standing committee (Ban Thường vụ): reads like the leadership and decides ratings.
ALTER TABLE account DROP CONSTRAINT account_role_check;
ALTER TABLE account ADD CONSTRAINT account_role_check CHECK (role IN ('ADMIN', 'STAFF', 'LEADER', 'STANDING', 'SECRETARY'));

-- The three rule sets in force since 2018.
INSERT INTO rating_rule_set (code, name_vi, name_en, sources, from_year, to_year, scored, member_quota_percent,
                             org_quota_percent, quota_group, disciplined_cap, override_allowed) VALUES
  ('QD132-2018', 'Quy định 132-QĐ/TW ngày 08/3/2018 về việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
   'Regulation 132-QĐ/TW of 8 March 2018 on the annual review and quality rating of collectives and individuals',
   'QĐ 132-QĐ/TW (08/3/2018); HD 16-HD/BTCTW (24/9/2018); HD 21-HD/BTCTW (18/10/2019)', 2018, 2022, false, 20, 20, 'COMMITTEE', 'HTT', true),
  ('QD124-2023', 'Quy định 124-QĐ/TW ngày 04/10/2023 về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
   'Regulation 124-QĐ/TW of 4 October 2023 on the annual review and quality rating of collectives and individuals',
   'QĐ 124-QĐ/TW (04/10/2023); HD 25-HD/BTCTW (2023)', 2023, 2024, false, 20, 20, 'BLOC', 'HTT', true),
  ('QD366-2025', 'Quy định 366-QĐ/TW ngày 30/8/2025 về kiểm điểm, đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị',
   'Regulation 366-QĐ/TW of 30 August 2025 on the review and quality rating of collectives and individuals',
   'QĐ 366-QĐ/TW (30/8/2025); HD 43-HD/BTCTW (31/10/2025)', 2025, NULL, true, 20, 20, 'BLOC', 'HTT', true);

INSERT INTO rating_level (rule_set_id, code, rank, name_vi, name_en, min_score)
SELECT s.id, l.code, l.rank, l.name_vi, l.name_en, CASE WHEN s.scored THEN l.min_score END
FROM rating_rule_set s CROSS JOIN (VALUES
  ('HTXS', 1, 'Hoàn thành xuất sắc nhiệm vụ', 'Tasks completed with excellence', 90),
  ('HTT',  2, 'Hoàn thành tốt nhiệm vụ', 'Tasks completed well', 70),
  ('HT',   3, 'Hoàn thành nhiệm vụ', 'Tasks completed', 50),
  ('KHT',  4, 'Không hoàn thành nhiệm vụ', 'Tasks not completed', 0)
) AS l(code, rank, name_vi, name_en, min_score);

INSERT INTO rating_criterion (rule_set_id, subject, code, position, name_vi, name_en, max_score)
SELECT s.id, c.subject, c.code, c.position, c.name_vi, c.name_en, NULL
FROM rating_rule_set s CROSS JOIN (VALUES
  ('COLLECTIVE', 'NHIEM_VU_CHINH_TRI', 1, 'Lãnh đạo thực hiện nhiệm vụ chính trị', 'Leading the political tasks'),
  ('COLLECTIVE', 'CHINH_TRI_TU_TUONG', 2, 'Công tác giáo dục chính trị tư tưởng', 'Political and ideological education'),
  ('COLLECTIVE', 'TO_CHUC_CAN_BO', 3, 'Công tác tổ chức, cán bộ và xây dựng tổ chức đảng', 'Organisation, cadres and Party building'),
  ('COLLECTIVE', 'KIEM_TRA_GIAM_SAT', 4, 'Công tác kiểm tra, giám sát và kỷ luật đảng', 'Inspection, supervision and discipline'),
  ('COLLECTIVE', 'DOAN_THE', 5, 'Lãnh đạo xây dựng chính quyền, đoàn thể', 'Leading the administration and mass organisations'),
  ('MEMBER', 'TU_TUONG_CHINH_TRI', 1, 'Tư tưởng chính trị', 'Political thought'),
  ('MEMBER', 'DAO_DUC_LOI_SONG', 2, 'Phẩm chất đạo đức, lối sống', 'Ethics and way of life'),
  ('MEMBER', 'DOAN_KET', 3, 'Tinh thần đoàn kết, thống nhất', 'Solidarity and unity'),
  ('MEMBER', 'KY_LUAT', 4, 'Ý thức tổ chức kỷ luật', 'Sense of discipline'),
  ('MEMBER', 'NHIEM_VU', 5, 'Thực hiện chức trách, nhiệm vụ được giao', 'Duties and assigned tasks')
) AS c(subject, code, position, name_vi, name_en)
WHERE s.code = 'QD132-2018';

INSERT INTO rating_criterion (rule_set_id, subject, code, position, name_vi, name_en, max_score)
SELECT s.id, c.subject, c.code, c.position, c.name_vi, c.name_en, NULL
FROM rating_rule_set s CROSS JOIN (VALUES
  ('COLLECTIVE', 'KET_QUA_NHIEM_VU', 1, 'Kết quả thực hiện nhiệm vụ được giao trong năm', 'Results of the tasks assigned for the year'),
  ('COLLECTIVE', 'XAY_DUNG_DANG', 2, 'Công tác xây dựng Đảng, kiểm tra, giám sát', 'Party building, inspection and supervision'),
  ('COLLECTIVE', 'KHAC_PHUC_HAN_CHE', 3, 'Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra', 'Remedying the shortcomings pointed out'),
  ('MEMBER', 'CHINH_TRI_DAO_DUC', 1, 'Phẩm chất chính trị, đạo đức, lối sống', 'Political qualities, ethics and way of life'),
  ('MEMBER', 'KY_LUAT', 2, 'Ý thức tổ chức kỷ luật, tinh thần đoàn kết', 'Discipline and solidarity'),
  ('MEMBER', 'NHIEM_VU', 3, 'Kết quả thực hiện chức trách, nhiệm vụ được giao', 'Results of duties and assigned tasks'),
  ('MEMBER', 'KHAC_PHUC_HAN_CHE', 4, 'Kết quả khắc phục hạn chế, khuyết điểm', 'Remedying shortcomings')
) AS c(subject, code, position, name_vi, name_en)
WHERE s.code = 'QD124-2023';

-- QĐ 366 scores each criterion; the split of the 100 points is [A], to be set from HD 43 by the board.
INSERT INTO rating_criterion (rule_set_id, subject, code, position, name_vi, name_en, max_score)
SELECT s.id, c.subject, c.code, c.position, c.name_vi, c.name_en, c.max_score
FROM rating_rule_set s CROSS JOIN (VALUES
  ('COLLECTIVE', 'KET_QUA_NHIEM_VU', 1, 'Kết quả thực hiện nhiệm vụ chính trị, chỉ tiêu được giao', 'Political tasks and targets', 50),
  ('COLLECTIVE', 'XAY_DUNG_DANG', 2, 'Xây dựng Đảng và hệ thống chính trị', 'Building the Party and the political system', 30),
  ('COLLECTIVE', 'KHAC_PHUC_HAN_CHE', 3, 'Khắc phục hạn chế, khuyết điểm đã được chỉ ra', 'Remedying the shortcomings pointed out', 20),
  ('MEMBER', 'CHINH_TRI_DAO_DUC', 1, 'Chính trị tư tưởng, đạo đức, lối sống', 'Political thought, ethics and way of life', 30),
  ('MEMBER', 'NHIEM_VU', 2, 'Kết quả thực hiện chức trách, nhiệm vụ', 'Results of duties and tasks', 50),
  ('MEMBER', 'KY_LUAT', 3, 'Ý thức tổ chức kỷ luật, khắc phục hạn chế', 'Discipline and remedying shortcomings', 20)
) AS c(subject, code, position, name_vi, name_en, max_score)
WHERE s.code = 'QD366-2025';

INSERT INTO rating_exemption (rule_set_id, code, name_vi, name_en)
SELECT s.id, e.code, e.name_vi, e.name_en
FROM rating_rule_set s CROSS JOIN (VALUES
  ('MIEN_SINH_HOAT', 'Đảng viên được miễn công tác và sinh hoạt đảng', 'Members exempted from Party work and activities'),
  ('VANG_MAT', 'Đảng viên vắng mặt cả năm (ốm đau, thai sản, học tập, công tác xa)', 'Members absent all year (illness, maternity, study, posting)')
) AS e(code, name_vi, name_en);

INSERT INTO rating_exemption (rule_set_id, code, name_vi, name_en)
SELECT s.id, 'MOI_KET_NAP', 'Đảng viên mới kết nạp dưới 6 tháng', 'Members admitted less than six months before'
FROM rating_rule_set s WHERE s.code IN ('QD124-2023', 'QD366-2025');
