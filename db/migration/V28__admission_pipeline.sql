-- The admission pipeline (phát triển đảng viên), issue 21 part 2, and its candidates as protected personal data
-- (part 3).
--
-- The deadlines are data with a validity date, as the rating rules are: the ceremony within 30 working days of the
-- admission decision, 12 months of probation from the ceremony, the cell reviewing full membership within 30 working
-- days after the probation ends (DOMAIN.md section 6, from the statute Art. 4 and 5 and its implementing rules QĐ 29
-- of 2016 then QĐ 24 of 2021). A candidate keeps the rule valid at its admission decision.

CREATE TABLE admission_rule (
    id                       bigserial    PRIMARY KEY,
    code                     varchar(30)  NOT NULL UNIQUE,
    name_vi                  varchar(300) NOT NULL,
    name_en                  varchar(300) NOT NULL,
    sources                  varchar(500) NOT NULL,
    valid_from               date         NOT NULL UNIQUE,
    ceremony_working_days    int          NOT NULL CHECK (ceremony_working_days BETWEEN 1 AND 365),
    probation_months         int          NOT NULL CHECK (probation_months BETWEEN 1 AND 60),
    recognition_working_days int          NOT NULL CHECK (recognition_working_days BETWEEN 1 AND 365),
    -- the Party-awareness certificate (CN-NTVĐ) counts for this many years when the cell proposes the admission
    awareness_valid_years    int          NOT NULL CHECK (awareness_valid_years BETWEEN 1 AND 20),
    -- the age the applicant must have when the cell considers the admission
    min_age                  int          NOT NULL CHECK (min_age BETWEEN 14 AND 100),
    max_age                  int          NOT NULL CHECK (max_age BETWEEN 14 AND 100),
    version                  bigint       NOT NULL DEFAULT 0
);

INSERT INTO admission_rule (code, name_vi, name_en, sources, valid_from, ceremony_working_days, probation_months,
                            recognition_working_days, awareness_valid_years, min_age, max_age) VALUES
  ('DIEU-LE-2011', 'Điều lệ Đảng (2011) và các quy định thi hành (QĐ 29-QĐ/TW năm 2016, QĐ 24-QĐ/TW năm 2021)',
   'Party Statute (2011) and its implementing rules (QĐ 29-QĐ/TW of 2016, QĐ 24-QĐ/TW of 2021)',
   'Điều lệ Đảng Điều 4, 5; QĐ 29-QĐ/TW (2016); QĐ 24-QĐ/TW (2021); HD 12-HD/BTCTW (2022)',
   DATE '2011-01-19', 30, 12, 30, 5, 18, 60);

-- The day n working days (Monday to Friday) after a day, as vn.partytrack.admission.WorkingDays counts them: for
-- data loaded by SQL (the sample, the benchmark dataset). Public holidays are not deducted.
CREATE FUNCTION pt_working_days_after(d date, n int) RETURNS date LANGUAGE sql IMMUTABLE AS $fn$
    SELECT x.day::date FROM (
        SELECT day, row_number() OVER (ORDER BY day) AS k
        FROM generate_series(d + 1, d + n * 2 + 7, interval '1 day') AS day
        WHERE extract(isodow FROM day) < 6) x
    WHERE x.k = n
$fn$;

-- One candidate of a unit, from the outstanding non-member who attended the Party-awareness course to full
-- membership or removal from the probationary list. Personal data: only the unit's secretary and the owning board's
-- staff read it, every read is audited. The follow-up date is the deadline of what the current stage waits for (the
-- ceremony after the decision, the review of full membership after the ceremony), kept with each change so that a
-- committee's overdue list is one index range.
CREATE TABLE candidate (
    id                     bigserial    PRIMARY KEY,
    organisation_id        bigint       NOT NULL REFERENCES organisation,
    rule_id                bigint       NOT NULL REFERENCES admission_rule,
    full_name              varchar(200) NOT NULL,
    birth_date             date,
    stage                  varchar(30)  NOT NULL CHECK (stage IN ('HOC_NHAN_THUC', 'CHI_BO_DE_NGHI', 'THAM_TRA',
                               'QUYET_DINH_KET_NAP', 'DA_KET_NAP', 'CHINH_THUC', 'XOA_TEN_DU_BI')),
    awareness_date         date         NOT NULL,
    awareness_certificate  varchar(60),
    proposal_date          date,
    proposal_number        varchar(60),
    verification_date      date,
    verification_number    varchar(60),
    decision_date          date,
    decision_number        varchar(60),
    ceremony_date          date,
    recognition_date       date,
    recognition_number     varchar(60),
    removal_date           date,
    removal_number         varchar(60),
    removal_reason         varchar(2000),
    follow_up_due          date,
    sample                 boolean      NOT NULL DEFAULT false,
    created_by             varchar(60)  NOT NULL,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    updated_at             timestamptz  NOT NULL DEFAULT now(),
    version                bigint       NOT NULL DEFAULT 0,
    CONSTRAINT candidate_decision_numbered CHECK (decision_date IS NULL OR decision_number IS NOT NULL),
    CONSTRAINT candidate_recognition_numbered CHECK (recognition_date IS NULL OR recognition_number IS NOT NULL),
    CONSTRAINT candidate_removal_numbered CHECK (removal_date IS NULL OR removal_number IS NOT NULL),
    CONSTRAINT candidate_dates_in_order CHECK (
        (proposal_date IS NULL OR proposal_date >= awareness_date)
        AND (verification_date IS NULL OR verification_date >= proposal_date)
        AND (decision_date IS NULL OR decision_date >= verification_date)
        AND (ceremony_date IS NULL OR ceremony_date >= decision_date)
        AND (recognition_date IS NULL OR recognition_date >= ceremony_date)
        AND (removal_date IS NULL OR removal_date >= ceremony_date))
);
CREATE INDEX candidate_organisation_idx ON candidate (organisation_id, stage);
CREATE INDEX candidate_follow_up_idx ON candidate (follow_up_due, organisation_id) WHERE follow_up_due IS NOT NULL;
CREATE INDEX candidate_ceremony_idx ON candidate (organisation_id, ceremony_date) WHERE ceremony_date IS NOT NULL;
CREATE INDEX candidate_recognition_idx ON candidate (organisation_id, recognition_date) WHERE recognition_date IS NOT NULL;

-- Where a unit keeps its candidates here, the report figures of admissions and new full members come from them, and
-- the report keeps where each figure came from.
ALTER TABLE report_value ADD COLUMN source varchar(20) CHECK (source IN ('ADMISSION_RECORDS'));

-- The dashboard counts overdue admission steps: a change of a candidate's stage or deadline moves the stamp of kept
-- figures (V25), a change of name or a read does not.
CREATE CONSTRAINT TRIGGER figures_changed AFTER INSERT OR DELETE
    OR UPDATE OF stage, follow_up_due, organisation_id, ceremony_date, recognition_date, awareness_date
    ON candidate DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();
