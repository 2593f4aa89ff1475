-- SAMPLE DATA, for demonstration and tests only: two fictional review meetings (giao ban) of the Administrative and
-- Public-Service bloc, with the difficulties raised there and the chair's concluding tasks. Every name and text is
-- invented; the chair's name carries "(mẫu)". Organisations, blocs, boards and periods are looked up by code.
--
--   2021-H1  held 08/07/2021; 31 of 33 units present (not 13, 30); boards TO_CHUC, TUYEN_GIAO, KIEM_TRA.
--            task 1 (all units, due 30/09/2021): done by all but 13 and 30 (so those two are overdue);
--            task 2 (units 13, 30, due 20/07/2021): done by 30.
--            raised: a difficulty of 05 (answered) and a proposal of 21 (open).
--   current  held six days before today in Hanoi (not before 1 January); units that have sent their report present.
--            task 1 (units 01, 02, 03, 09, 14, 19, 27, 30, due three days after the meeting): done by 02 and 09.
--            task 2 (all units, due 45 days after the meeting): done by 05, 08, 10, 15 and 16.
--            raised: a difficulty of 12 and a proposal of 24.

CREATE FUNCTION v12_unit(n int) RETURNS bigint LANGUAGE sql STABLE
    AS $fn$ SELECT id FROM organisation WHERE code = 'MAU-HCSN-' || lpad(n::text, 2, '0') $fn$;

-- ---- 2021-H1
INSERT INTO review_meeting (bloc_id, period_id, held_on, chair, place, conclusion, created_by, created_at)
SELECT (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM reporting_period WHERE code = '2021-H1'), DATE '2021-07-08',
       'Hoàng Quốc Đạo, Phó Bí thư Thường trực Quận ủy (mẫu)', 'Hội trường Quận ủy (mẫu)',
       'Các đơn vị cơ bản hoàn thành nhiệm vụ 6 tháng đầu năm. Đề nghị các chi bộ, đảng bộ khắc phục ngay việc chậm gửi báo cáo, '
           || 'kiện toàn cấp ủy sau đại hội và nâng cao chất lượng sinh hoạt chi bộ.',
       'tochuc', TIMESTAMPTZ '2021-07-08 16:30:00+07';

INSERT INTO review_meeting_board (meeting_id, board_id)
SELECT m.id, b.id FROM review_meeting m, board b
WHERE m.held_on = DATE '2021-07-08' AND b.code IN ('TO_CHUC', 'TUYEN_GIAO', 'KIEM_TRA');

INSERT INTO review_meeting_unit (meeting_id, organisation_id)
SELECT m.id, v12_unit(n) FROM review_meeting m, generate_series(1, 33) n
WHERE m.held_on = DATE '2021-07-08' AND n NOT IN (13, 30);

INSERT INTO meeting_task (meeting_id, position, body, deadline, all_units, created_by, created_at)
SELECT m.id, 1, 'Kiện toàn cấp ủy, phân công nhiệm vụ cấp ủy viên sau đại hội; gửi quyết định về Ban Tổ chức Quận ủy',
       DATE '2021-09-30', true, 'tochuc', TIMESTAMPTZ '2021-07-08 16:40:00+07'
FROM review_meeting m WHERE m.held_on = DATE '2021-07-08'
UNION ALL
SELECT m.id, 2, 'Gửi báo cáo sơ kết 6 tháng đầu năm còn thiếu về Văn phòng Quận ủy',
       DATE '2021-07-20', false, 'tochuc', TIMESTAMPTZ '2021-07-08 16:41:00+07'
FROM review_meeting m WHERE m.held_on = DATE '2021-07-08';

INSERT INTO task_assignment (task_id, organisation_id, status, note, done_on, reported_by, reported_at)
SELECT t.id, v12_unit(n),
       CASE WHEN n IN (13, 30) THEN 'OPEN' ELSE 'DONE' END,
       CASE WHEN n IN (13, 30) THEN NULL ELSE 'Đã kiện toàn cấp ủy và gửi quyết định (mẫu).' END,
       CASE WHEN n IN (13, 30) THEN NULL ELSE DATE '2021-08-02' + (n % 40) END,
       CASE WHEN n IN (13, 30) THEN NULL ELSE 'bithu' || lpad(n::text, 2, '0') END,
       CASE WHEN n IN (13, 30) THEN NULL ELSE (DATE '2021-08-02' + (n % 40) + TIME '15:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' END
FROM meeting_task t JOIN review_meeting m ON m.id = t.meeting_id, generate_series(1, 33) n
WHERE m.held_on = DATE '2021-07-08' AND t.position = 1;

INSERT INTO task_assignment (task_id, organisation_id, status, note, done_on, reported_by, reported_at)
SELECT t.id, v12_unit(n),
       CASE WHEN n = 30 THEN 'DONE' ELSE 'OPEN' END,
       CASE WHEN n = 30 THEN 'Đã gửi báo cáo ngày 16/07/2021 (mẫu).' END,
       CASE WHEN n = 30 THEN DATE '2021-07-16' END,
       CASE WHEN n = 30 THEN 'bithu30' END,
       CASE WHEN n = 30 THEN TIMESTAMPTZ '2021-07-16 10:00:00+07' END
FROM meeting_task t JOIN review_meeting m ON m.id = t.meeting_id, (VALUES (13), (30)) u(n)
WHERE m.held_on = DATE '2021-07-08' AND t.position = 2;

INSERT INTO report_item (organisation_id, period_id, meeting_id, kind, position, body, owner_board_id, response, status, responded_by, responded_at)
SELECT v12_unit(5), m.period_id, m.id, 'DIFFICULTY', 1,
       'Nhiều đảng viên là giáo viên hợp đồng, thường xuyên thay đổi nên khó duy trì sinh hoạt chi bộ đều đặn (mẫu).',
       (SELECT id FROM board WHERE code = 'TO_CHUC'), 'Ban Tổ chức hướng dẫn chi bộ bố trí lịch sinh hoạt linh hoạt ngoài giờ dạy (mẫu).',
       'ANSWERED', 'tochuc', TIMESTAMPTZ '2021-07-15 09:00:00+07'
FROM review_meeting m WHERE m.held_on = DATE '2021-07-08'
UNION ALL
SELECT v12_unit(21), m.period_id, m.id, 'PROPOSAL', 2,
       'Đề nghị Quận ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác đảng cho cấp ủy viên mới (mẫu).',
       NULL, NULL, 'OPEN', NULL, NULL
FROM review_meeting m WHERE m.held_on = DATE '2021-07-08';

-- ---- the current period
INSERT INTO review_meeting (bloc_id, period_id, held_on, chair, place, conclusion, created_by, created_at)
SELECT (SELECT id FROM bloc WHERE code = 'HCSN'), p.id,
       greatest(p.start_date, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 6),
       'Hoàng Quốc Đạo, Phó Bí thư Thường trực Quận ủy (mẫu)', 'Hội trường Quận ủy (mẫu)',
       'Khẩn trương hoàn thành báo cáo tổng kết năm; tổ chức quán triệt đầy đủ các văn bản mới tới 100% đảng viên (mẫu).',
       'tochuc', now()
FROM reporting_period p WHERE p.code = extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int || '-YEAR';

INSERT INTO review_meeting_board (meeting_id, board_id)
SELECT m.id, b.id FROM review_meeting m JOIN reporting_period p ON p.id = m.period_id, board b
WHERE p.code <> '2021-H1' AND b.code IN ('TO_CHUC', 'TUYEN_GIAO', 'VAN_PHONG');

INSERT INTO review_meeting_unit (meeting_id, organisation_id)
SELECT m.id, v12_unit(n) FROM review_meeting m JOIN reporting_period p ON p.id = m.period_id, generate_series(1, 33) n
WHERE p.code <> '2021-H1' AND n NOT IN (1, 2, 3, 9, 14, 19, 27, 30);

INSERT INTO meeting_task (meeting_id, position, body, deadline, all_units, created_by, created_at)
SELECT m.id, 1, 'Gửi báo cáo tổng kết năm còn thiếu về Văn phòng Quận ủy', m.held_on + 3, false, 'tochuc', now()
FROM review_meeting m JOIN reporting_period p ON p.id = m.period_id WHERE p.code <> '2021-H1'
UNION ALL
SELECT m.id, 2, 'Tổ chức quán triệt các văn bản mới của Trung ương, Thành ủy tới 100% đảng viên', m.held_on + 45, true, 'tochuc', now()
FROM review_meeting m JOIN reporting_period p ON p.id = m.period_id WHERE p.code <> '2021-H1';

INSERT INTO task_assignment (task_id, organisation_id, status, note, done_on, reported_by, reported_at)
SELECT t.id, v12_unit(u.n),
       CASE WHEN u.n IN (2, 9) THEN 'DONE' ELSE 'OPEN' END,
       CASE WHEN u.n IN (2, 9) THEN 'Đã gửi báo cáo (mẫu).' END,
       CASE WHEN u.n IN (2, 9) THEN m.held_on END,
       CASE WHEN u.n IN (2, 9) THEN 'bithu' || lpad(u.n::text, 2, '0') END,
       CASE WHEN u.n IN (2, 9) THEN now() END
FROM meeting_task t JOIN review_meeting m ON m.id = t.meeting_id JOIN reporting_period p ON p.id = m.period_id,
     (VALUES (1), (2), (3), (9), (14), (19), (27), (30)) u(n)
WHERE p.code <> '2021-H1' AND t.position = 1;

INSERT INTO task_assignment (task_id, organisation_id, status, note, done_on, reported_by, reported_at)
SELECT t.id, v12_unit(n),
       CASE WHEN n IN (5, 8, 10, 15, 16) THEN 'DONE' ELSE 'OPEN' END,
       CASE WHEN n IN (5, 8, 10, 15, 16) THEN 'Đã tổ chức hội nghị quán triệt cho toàn thể đảng viên (mẫu).' END,
       CASE WHEN n IN (5, 8, 10, 15, 16) THEN m.held_on END,
       CASE WHEN n IN (5, 8, 10, 15, 16) THEN 'bithu' || lpad(n::text, 2, '0') END,
       CASE WHEN n IN (5, 8, 10, 15, 16) THEN now() END
FROM meeting_task t JOIN review_meeting m ON m.id = t.meeting_id JOIN reporting_period p ON p.id = m.period_id, generate_series(1, 33) n
WHERE p.code <> '2021-H1' AND t.position = 2;

INSERT INTO report_item (organisation_id, period_id, meeting_id, kind, position, body)
SELECT v12_unit(12), m.period_id, m.id, 'DIFFICULTY', 1,
       'Đơn vị đang sáp nhập hai khoa, nhân sự cấp ủy chưa ổn định (mẫu).'
FROM review_meeting m JOIN reporting_period p ON p.id = m.period_id WHERE p.code <> '2021-H1'
UNION ALL
SELECT v12_unit(24), m.period_id, m.id, 'PROPOSAL', 2,
       'Đề nghị cung cấp tài liệu quán triệt bằng bản điện tử để tiết kiệm chi phí in ấn (mẫu).'
FROM review_meeting m JOIN reporting_period p ON p.id = m.period_id WHERE p.code <> '2021-H1';

DROP FUNCTION v12_unit(int);
