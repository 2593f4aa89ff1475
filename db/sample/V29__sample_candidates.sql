-- SAMPLE DATA, for demonstration and tests only: fictional candidates in the admission pipeline of some sample units.
-- Every row is flagged sample = true and every name ends with "(mẫu)". Dates are counted back from today, so the
-- demo always has a ceremony and a full-membership review overdue, one due soon and some closed records.

CREATE TEMPORARY TABLE sample_candidate_plan ON COMMIT DROP AS
SELECT * FROM (VALUES
  -- unit, name, birth date, stage, then days before today of: awareness, proposal, verification, decision, ceremony, recognition or removal
  ('MAU-HCSN-29', 'Phan Thị Ngọc Ánh (mẫu)',  DATE '1998-03-14', 'HOC_NHAN_THUC',      200, NULL, NULL, NULL, NULL, NULL),
  ('MAU-HCSN-29', 'Đỗ Minh Khoa (mẫu)',       DATE '1995-11-02', 'THAM_TRA',           300, 120,  60,   NULL, NULL, NULL),
  ('MAU-HCSN-29', 'Vũ Thu Hằng (mẫu)',        DATE '1993-07-21', 'QUYET_DINH_KET_NAP', 420, 180,  120,  70,   NULL, NULL),
  ('MAU-HCSN-29', 'Lương Văn Đức (mẫu)',      NULL,              'DA_KET_NAP',         900, 640,  560,  500,  470,  NULL),
  ('MAU-HCSN-29', 'Hà Quỳnh Mai (mẫu)',       DATE '1990-01-30', 'CHINH_THUC',         1200, 900, 840,  800,  780,  390),
  ('MAU-HCSN-27', 'Kiều Anh Tuấn (mẫu)',      DATE '1997-05-09', 'QUYET_DINH_KET_NAP', 400, 150,  100,  20,   NULL, NULL),
  ('MAU-HCSN-27', 'Mạc Thị Lan (mẫu)',        DATE '1996-09-17', 'DA_KET_NAP',         700, 500,  450,  420,  400,  NULL),
  ('MAU-HCSN-26', 'Tô Hoàng Nam (mẫu)',       DATE '1999-12-01', 'CHI_BO_DE_NGHI',     250, 30,   NULL, NULL, NULL, NULL),
  ('MAU-HCSN-26', 'Ninh Bảo Châu (mẫu)',      DATE '1994-04-25', 'XOA_TEN_DU_BI',      1000, 760, 700,  650,  620,  200),
  ('MAU-HCSN-25', 'Quách Gia Huy (mẫu)',      DATE '1992-08-08', 'DA_KET_NAP',         800, 560,  500,  460,  430,  NULL)
) v(unit, full_name, birth_date, stage, d_awareness, d_proposal, d_verification, d_decision, d_ceremony, d_closed);

INSERT INTO candidate (organisation_id, rule_id, full_name, birth_date, stage, awareness_date, awareness_certificate,
                       proposal_date, proposal_number, verification_date, decision_date, decision_number, ceremony_date,
                       recognition_date, recognition_number, removal_date, removal_number, removal_reason, sample,
                       created_by, created_at, updated_at)
SELECT o.id, (SELECT id FROM admission_rule ORDER BY valid_from DESC, id LIMIT 1), p.full_name, p.birth_date, p.stage,
       t - p.d_awareness, 'CN-' || (1000 + row_number() OVER (ORDER BY p.unit, p.full_name)) || '/TTCT',
       t - p.d_proposal, CASE WHEN p.d_proposal IS NOT NULL THEN (10 + p.d_proposal % 40) || '-TTr/CB' END,
       t - p.d_verification,
       t - p.d_decision, CASE WHEN p.d_decision IS NOT NULL THEN (100 + p.d_decision % 300) || '-QĐ/ĐU' END,
       t - p.d_ceremony,
       CASE WHEN p.stage = 'CHINH_THUC' THEN t - p.d_closed END,
       CASE WHEN p.stage = 'CHINH_THUC' THEN (200 + p.d_closed % 300) || '-QĐ/ĐU' END,
       CASE WHEN p.stage = 'XOA_TEN_DU_BI' THEN t - p.d_closed END,
       CASE WHEN p.stage = 'XOA_TEN_DU_BI' THEN (300 + p.d_closed % 300) || '-QĐ/ĐU' END,
       CASE WHEN p.stage = 'XOA_TEN_DU_BI' THEN 'Không đủ tư cách đảng viên khi hết thời gian dự bị (mẫu)' END,
       true, 'tochuc', now(), now()
FROM sample_candidate_plan p
JOIN organisation o ON o.code = p.unit AND o.sample
CROSS JOIN (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS t) today;

-- the deadline each stage waits for, as the application computes it (vn.partytrack.admission.Deadlines)
UPDATE candidate c SET follow_up_due = CASE c.stage
        WHEN 'QUYET_DINH_KET_NAP' THEN pt_working_days_after(c.decision_date, r.ceremony_working_days)
        WHEN 'DA_KET_NAP' THEN pt_working_days_after((c.ceremony_date + make_interval(months => r.probation_months))::date, r.recognition_working_days)
    END
FROM admission_rule r WHERE r.id = c.rule_id AND c.sample;
