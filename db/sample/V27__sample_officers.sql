-- Sample officer histories (issue 21): fictional people, every row marked as sample. V26 already turned the
-- registry secretary and deputy of every sample unit into current posts; this adds what a demonstration needs around
-- them: a previous term, committee and inspection-commission members, a by-election and an appointment with their
-- decisions, a deputy post left vacant for months, and subordinate cells whose mid-term committees end in 2027.

-- MAU-HCSN-12: the 2015-2020 term before the present one, and the present committee and inspection commission.
INSERT INTO officer_post (organisation_id, term_id, kind, person_name, held_from, held_to, came_by, decision_no, decision_on,
                          decision_issuer, left_by, end_decision_no, end_decision_on, end_decision_issuer, sample)
SELECT o.id, CASE WHEN v.held_from >= DATE '2020-01-01' THEN t.id END, v.kind, v.person_name, v.held_from, v.held_to, v.came_by,
       v.decision_no, v.decision_on, v.decision_issuer, v.left_by, v.end_decision_no, v.end_decision_on, v.end_decision_issuer, true
FROM organisation o
LEFT JOIN congress_term t ON t.code = '2020-2025'
CROSS JOIN (VALUES
  ('BI_THU',       'Đinh Quang Vũ',     DATE '2015-05-25', DATE '2020-05-06', 'ELECTED',   '112-QĐ/QU', DATE '2015-06-10', 'Ban Thường vụ Quận ủy', 'TERM_ENDED', NULL::varchar, NULL::date, NULL::varchar),
  ('PHO_BI_THU',   'Mai Thị Loan',      DATE '2015-05-25', DATE '2018-03-31', 'ELECTED',   '112-QĐ/QU', DATE '2015-06-10', 'Ban Thường vụ Quận ủy', 'MOVED', '37-QĐ/QU', DATE '2018-03-20', 'Ban Thường vụ Quận ủy'),
  ('PHO_BI_THU',   'Kiều Văn Phát',     DATE '2018-04-02', DATE '2020-05-06', 'APPOINTED', '41-QĐ/QU',  DATE '2018-03-28', 'Ban Thường vụ Quận ủy', 'TERM_ENDED', NULL, NULL, NULL),
  ('CAP_UY_VIEN',  'Tạ Minh Hiển',      DATE '2020-05-08', NULL,              'ELECTED',   '240-QĐ/QU', DATE '2020-05-26', 'Ban Thường vụ Quận ủy', NULL, NULL, NULL, NULL),
  ('CAP_UY_VIEN',  'Lưu Thị Hạnh',      DATE '2020-05-08', NULL,              'ELECTED',   '240-QĐ/QU', DATE '2020-05-26', 'Ban Thường vụ Quận ủy', NULL, NULL, NULL, NULL),
  ('CAP_UY_VIEN',  'Quách Đình Nam',    DATE '2020-05-08', DATE '2021-11-30', 'ELECTED',   '240-QĐ/QU', DATE '2020-05-26', 'Ban Thường vụ Quận ủy', 'RESIGNED', NULL, NULL, NULL),
  ('CAP_UY_VIEN',  'Ông Thị Ngọc',      DATE '2022-03-15', NULL,              'ADDED',     '58-QĐ/QU',  DATE '2022-03-10', 'Ban Thường vụ Quận ủy', NULL, NULL, NULL, NULL),
  ('UY_VIEN_UBKT', 'Khúc Văn Thành',    DATE '2020-05-08', NULL,              'ELECTED',   '241-QĐ/QU', DATE '2020-05-26', 'Ban Thường vụ Quận ủy', NULL, NULL, NULL, NULL),
  ('UY_VIEN_UBKT', 'Lã Thị Thu',        DATE '2020-05-08', NULL,              'ELECTED',   '241-QĐ/QU', DATE '2020-05-26', 'Ban Thường vụ Quận ủy', NULL, NULL, NULL, NULL)
) AS v (kind, person_name, held_from, held_to, came_by, decision_no, decision_on, decision_issuer, left_by, end_decision_no,
        end_decision_on, end_decision_issuer)
WHERE o.code = 'MAU-HCSN-12' AND o.sample;

-- MAU-HCSN-16: the deputy secretary resigned four months before this database was made, and nobody was appointed,
-- so the board sees the post vacant for longer than the default 90 days.
UPDATE officer_post p SET held_to = current_date - 120, left_by = 'RESIGNED', updated_at = now()
FROM organisation o
WHERE p.organisation_id = o.id AND o.code = 'MAU-HCSN-16' AND o.sample AND p.kind = 'PHO_BI_THU' AND p.held_to IS NULL
  AND p.held_from < current_date - 120;
UPDATE organisation o SET deputy_secretary_name = NULL
WHERE o.code = 'MAU-HCSN-16' AND o.sample
  AND NOT EXISTS (SELECT 1 FROM officer_post p WHERE p.organisation_id = o.id AND p.kind = 'PHO_BI_THU' AND p.held_to IS NULL);

-- The subordinate cells of MAU-HCSN-15 held their mid-term congresses in June 2022 (cells hold two in five years):
-- their terms end in May 2027, so from December 2026 the board sees them among the terms ending.
INSERT INTO officer_committee (organisation_id, term_id, approved_size, elected_size, starts_on, ends_on, decision_no,
                               decision_on, decision_issuer, sample)
SELECT o.id, t.id, NULL, NULL, DATE '2022-06-10' + (row_number() OVER (ORDER BY o.code))::int, DATE '2027-05-31',
       (80 + row_number() OVER (ORDER BY o.code)) || '-QĐ/ĐU', DATE '2022-06-20', 'Đảng ủy Bệnh viện Đa khoa Hồng Phúc', true
FROM organisation o
JOIN organisation p ON p.id = o.parent_id AND p.code = 'MAU-HCSN-15'
JOIN congress_term t ON t.code = '2020-2025'
WHERE o.sample
ON CONFLICT (organisation_id, term_id) DO NOTHING;
