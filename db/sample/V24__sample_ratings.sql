-- SAMPLE DATA, for demonstration and tests only: fictional annual ratings of the sample grassroots organisations.
-- Every row is flagged sample = true. Years 2020 to 2025 are decided (2020 to 2022 under QD 132, 2023 and 2024 under
-- QD 124, 2025 under QD 366 with scores); the current year is under way for a few units. Some ratings breach a check
-- on purpose, to show them: a unit over the member quota, a unit with a disciplined leader self-rated excellent.

-- The standing committee of the district: decides the ratings, reads like the leadership.
INSERT INTO account (username, full_name, password_hash, role, board_id, organisation_id, sample)
SELECT 'thuongvu', 'Vũ Đình Thường (mẫu)', a.password_hash, 'STANDING', NULL, NULL, true
FROM account a WHERE a.username = 'lanhdao';

CREATE TEMPORARY TABLE sample_rating_plan ON COMMIT DROP AS
SELECT o.id AS organisation_id, y.year, s.id AS rule_set_id, s.scored,
       greatest(coalesce(o.members_total, 0), 3) AS total,
       ((o.id * 7 + y.year * 3) % 20) AS draw,
       (SELECT count(*) FROM organisation c WHERE c.parent_id = o.id) AS cells
FROM organisation o
JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
JOIN bloc b ON b.id = o.bloc_id AND b.code = 'HCSN'
CROSS JOIN generate_series(2020, 2025) AS y(year)
JOIN rating_rule_set s ON s.from_year <= y.year AND (s.to_year IS NULL OR y.year <= s.to_year)
WHERE o.sample AND o.code LIKE 'MAU-HCSN-%';

ALTER TABLE sample_rating_plan ADD COLUMN level varchar(10), ADD COLUMN exempted int, ADD COLUMN not_reviewed int,
    ADD COLUMN excellent int, ADD COLUMN good int, ADD COLUMN completed int, ADD COLUMN score numeric(5,2);

-- about one unit in ten excellent, one in twenty completed, one in forty not completed, the rest good
UPDATE sample_rating_plan SET level = CASE WHEN draw < 2 THEN 'HTXS' WHEN draw = 18 THEN 'HT'
                                           WHEN draw = 19 AND year % 2 = 0 THEN 'KHT' WHEN draw = 19 THEN 'HT' ELSE 'HTT' END,
                              exempted = CASE WHEN total >= 20 THEN 1 ELSE 0 END,
                              not_reviewed = CASE WHEN draw % 3 = 0 AND total >= 10 THEN 1 ELSE 0 END;
-- one unit excellent three years running, a candidate for "trong sạch, vững mạnh tiêu biểu"
UPDATE sample_rating_plan SET level = 'HTXS'
WHERE year >= 2023 AND organisation_id = (SELECT id FROM organisation WHERE code = 'MAU-HCSN-05');
UPDATE sample_rating_plan SET completed = CASE WHEN level IN ('HT', 'KHT') THEN greatest((total - exempted - not_reviewed) / 4, 1)
                                               ELSE (total - exempted - not_reviewed) / 10 END;
UPDATE sample_rating_plan SET good = ((total - exempted - not_reviewed - completed) * 5) / 6;
UPDATE sample_rating_plan SET excellent = total - exempted - not_reviewed - completed - good;
-- keep the member quota, except where the sample shows a breach (draw 5 in 2023, draw 6 in 2025)
UPDATE sample_rating_plan SET completed = completed + (excellent - floor(good * 0.2)::int), excellent = floor(good * 0.2)::int
WHERE excellent > floor(good * 0.2) AND NOT ((year = 2023 AND draw = 5) OR (year = 2025 AND draw = 6));
UPDATE sample_rating_plan SET score = CASE level WHEN 'HTXS' THEN 92 + draw % 5 WHEN 'HTT' THEN 75 + draw % 10
                                                 WHEN 'HT' THEN 60 + draw % 5 ELSE 40 END
WHERE scored;

INSERT INTO rating (organisation_id, year, rule_set_id, self_level, self_score, self_summary, disciplined_member,
                    disciplined_leader, members_total, members_htxs, members_htt, members_ht, members_kht, members_exempted,
                    members_not_reviewed, exemption_reason, cells_htxs, cells_htt, cells_ht, cells_kht, proposed_level,
                    appraisal_note, appraised_by, appraised_at, decided_level, decision_number, decision_date, decided_by,
                    decided_at, decision_reason, status, first_submitted_at, last_submitted_at, accepted_at, created_at,
                    updated_at, sample)
SELECT p.organisation_id, p.year, p.rule_set_id, p.level, p.score,
       'Chi bộ (đảng bộ) đã hoàn thành các chỉ tiêu, nhiệm vụ năm ' || p.year || ' (mẫu).',
       p.year = 2023 AND p.draw = 1, p.year = 2023 AND p.draw = 1,
       p.total, p.excellent, p.good, CASE WHEN p.level = 'KHT' THEN p.completed - 1 ELSE p.completed END,
       CASE WHEN p.level = 'KHT' THEN 1 ELSE 0 END, p.exempted, p.not_reviewed,
       CASE WHEN p.exempted + p.not_reviewed > 0 THEN 'Đảng viên cao tuổi được miễn sinh hoạt; đồng chí nghỉ thai sản (mẫu)' END,
       CASE WHEN p.cells > 0 THEN p.cells / 5 END, CASE WHEN p.cells > 0 THEN p.cells - p.cells / 5 END,
       CASE WHEN p.cells > 0 THEN 0 END, CASE WHEN p.cells > 0 THEN 0 END,
       CASE WHEN p.year = 2023 AND p.draw = 1 THEN 'HTT' ELSE p.level END,
       CASE WHEN p.year = 2023 AND p.draw = 1 THEN 'Có cấp ủy viên bị kỷ luật trong năm: đề xuất Hoàn thành tốt nhiệm vụ (mẫu).' END,
       'tochuc', make_timestamptz(p.year, 12, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       CASE WHEN p.year = 2023 AND p.draw = 1 THEN 'HTT' ELSE p.level END,
       (10 + p.year - 2020) || '-QĐ/' || CASE WHEN p.year >= 2025 THEN 'ĐU' ELSE 'QU' END,
       make_date(p.year + 1, 1, 15), 'thuongvu', make_timestamptz(p.year + 1, 1, 15, 15, 0, 0, 'Asia/Ho_Chi_Minh'),
       CASE WHEN p.year = 2023 AND p.draw = 5 THEN 'Đơn vị có nhiều thành tích nổi bật, Ban Thường vụ thống nhất giữ kết quả (mẫu).'
            WHEN p.year = 2025 AND p.draw = 6 THEN 'Ban Thường vụ thống nhất giữ kết quả tự đánh giá của chi bộ (mẫu).' END,
       'ACCEPTED', make_timestamptz(p.year, 12, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       make_timestamptz(p.year, 12, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh'), make_timestamptz(p.year, 12, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       make_timestamptz(p.year, 12, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'), make_timestamptz(p.year + 1, 1, 15, 15, 0, 0, 'Asia/Ho_Chi_Minh'),
       true
FROM sample_rating_plan p;

-- Evidence for each collective criterion of the year
INSERT INTO rating_evidence (rating_id, criterion_code, score, evidence)
SELECT r.id, c.code,
       CASE WHEN c.max_score IS NOT NULL THEN round(c.max_score * r.self_score / 100, 2) END,
       'Kết quả năm ' || r.year || ': ' || lower(c.name_vi) || ' đạt yêu cầu (mẫu).'
FROM rating r JOIN rating_criterion c ON c.rule_set_id = r.rule_set_id AND c.subject = 'COLLECTIVE'
WHERE r.sample;

-- The current year: a few units under way, at each stage (none for MAU-HCSN-01, whose secretary starts in the tests)
INSERT INTO rating (organisation_id, year, rule_set_id, self_level, self_score, members_total, members_htxs, members_htt,
                    members_ht, members_kht, members_exempted, members_not_reviewed, status, first_submitted_at,
                    last_submitted_at, created_at, updated_at, sample)
SELECT o.id, y.year, s.id, v.level, v.score, greatest(o.members_total, 3), 0, greatest(o.members_total, 3) - 1, 1, 0, 0, 0,
       v.status, CASE WHEN v.status <> 'DRAFT' THEN now() END, CASE WHEN v.status <> 'DRAFT' THEN now() END, now(), now(), true
FROM (VALUES ('MAU-HCSN-02', 'HTT', 80, 'SUBMITTED'), ('MAU-HCSN-03', 'HTT', 78, 'DRAFT'), ('MAU-HCSN-29', 'HTT', 82, 'SUBMITTED'))
     AS v(code, level, score, status)
JOIN organisation o ON o.code = v.code
CROSS JOIN (SELECT extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year) y
JOIN rating_rule_set s ON s.from_year <= y.year AND (s.to_year IS NULL OR y.year <= s.to_year)
WHERE NOT EXISTS (SELECT 1 FROM rating r WHERE r.organisation_id = o.id AND r.year = y.year);

-- The history of each: created, submitted, appraised (accepted), decided
INSERT INTO rating_event (rating_id, at, actor, action, from_status, to_status, comment)
SELECT r.id, r.created_at, coalesce((SELECT min(a.username) FROM account a WHERE a.organisation_id = r.organisation_id
                                     AND a.role = 'SECRETARY'), 'system'), 'CREATE', NULL, 'DRAFT', NULL
FROM rating r WHERE r.sample
UNION ALL
SELECT r.id, r.first_submitted_at, coalesce((SELECT min(a.username) FROM account a WHERE a.organisation_id = r.organisation_id
                                             AND a.role = 'SECRETARY'), 'system'), 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL
FROM rating r WHERE r.sample AND r.first_submitted_at IS NOT NULL
UNION ALL
SELECT r.id, r.appraised_at, r.appraised_by, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', r.appraisal_note
FROM rating r WHERE r.sample AND r.appraised_at IS NOT NULL
UNION ALL
SELECT r.id, r.decided_at, r.decided_by, 'DECIDE', 'ACCEPTED', 'ACCEPTED',
       r.decided_level || ' — ' || r.decision_number || coalesce(' — ' || r.decision_reason, '')
FROM rating r WHERE r.sample AND r.decided_at IS NOT NULL;
