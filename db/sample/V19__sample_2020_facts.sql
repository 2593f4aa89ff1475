-- SAMPLE DATA, for demonstration and tests only: the first half of 2020 of the sample Administrative and
-- Public-Service bloc made to match the public news item on the bloc's review meeting of July 2020 (DOMAIN.md, S1).
-- Names of people are invented and carry "(mẫu)"; organisations are the fictional MAU-… units. Rows are flagged
-- sample = true where the table has that column. Loaded only when partytrack.sample-data=true; the checks at the end
-- fail the migration if a fact does not hold.
--
--  * Congresses: 33/33 held on the schedule the district set. The four congresses held after their first planned
--    date (MAU-HCSN-04, -12 and -29 because of social distancing in April, -17 to complete its personnel plan) were
--    rescheduled by the district before they were held: the planned date is the district's revised date.
--  * Chỉ thị 05-CT/TW and the 2020 theme: disseminated by every unit before 30/6/2020 (already so in V8; checked).
--  * The review meeting of the bloc for 2020-H1, on 09/7/2020, chaired by the head of the Ban Tuyên giáo, with the
--    Party-building boards and all 33 units present; six unit representatives (MAU-HCSN-09, -12, -15, -19, -21, -29,
--    the units whose reports raised difficulties) spoke of their difficulties; one concluding task.
--  * The district committee's profile (heading, number suffix, place, signatory block and recipients) for its term of
--    existence in the sample, 2015-01-01 to 2025-07-01 (the district level ended on 01/7/2025).

-- ---- congresses on the district's schedule
UPDATE congress k SET planned_date = k.held_from
FROM organisation o WHERE o.id = k.organisation_id AND o.sample AND o.code IN ('MAU-HCSN-04', 'MAU-HCSN-12', 'MAU-HCSN-17', 'MAU-HCSN-29');

UPDATE congress_stage_record r SET note = v.note
FROM (VALUES
  ('MAU-HCSN-04', 'Theo lịch Quận ủy điều chỉnh (giãn cách xã hội tháng 4/2020), thay ngày 08/04/2020'),
  ('MAU-HCSN-12', 'Theo lịch Quận ủy điều chỉnh (giãn cách xã hội tháng 4/2020), thay ngày 10/04/2020'),
  ('MAU-HCSN-17', 'Theo lịch Quận ủy điều chỉnh để hoàn thiện đề án nhân sự, thay ngày 12/06/2020'),
  ('MAU-HCSN-29', 'Theo lịch Quận ủy điều chỉnh (giãn cách xã hội tháng 4/2020), thay ngày 14/04/2020')
  ) v(org, note), congress k, organisation o
WHERE r.congress_id = k.id AND k.organisation_id = o.id AND o.code = v.org AND r.stage_code = 'DA_TO_CHUC';

-- ---- the review meeting of 09/7/2020
INSERT INTO review_meeting (bloc_id, period_id, held_on, chair, place, conclusion, created_by, created_at)
SELECT (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM reporting_period WHERE code = '2020-H1'), DATE '2020-07-09',
       'Phùng Minh Ngân, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Quận ủy (mẫu)', 'Hội trường Quận ủy (mẫu)',
       'Khối đạt nhiều kết quả tích cực trong 6 tháng đầu năm dù gặp khó khăn do dịch bệnh. Thời gian tới các đơn vị tiếp tục '
           || 'phòng, chống dịch COVID-19; quán triệt, sơ kết các chỉ thị, nghị quyết; thi đua chào mừng Đại hội Đảng bộ quận '
           || 'lần thứ XXVI; nâng cao chất lượng sinh hoạt chi bộ và công tác phát triển đảng viên (mẫu).',
       'tuyengiao', TIMESTAMPTZ '2020-07-09 17:00:00+07';

INSERT INTO review_meeting_board (meeting_id, board_id)
SELECT m.id, b.id FROM review_meeting m, board b
WHERE m.held_on = DATE '2020-07-09' AND b.code IN ('TO_CHUC', 'TUYEN_GIAO', 'KIEM_TRA', 'DAN_VAN', 'VAN_PHONG');

INSERT INTO review_meeting_unit (meeting_id, organisation_id)
SELECT m.id, o.id FROM review_meeting m, generate_series(1, 33) n
JOIN organisation o ON o.code = 'MAU-HCSN-' || lpad(n::text, 2, '0')
WHERE m.held_on = DATE '2020-07-09';

INSERT INTO meeting_task (meeting_id, position, body, deadline, all_units, created_by, created_at)
SELECT m.id, 1, 'Tuyên truyền, trang trí, cổ động trực quan và thi đua lập thành tích chào mừng Đại hội Đảng bộ quận lần thứ XXVI',
       DATE '2020-08-15', true, 'tuyengiao', TIMESTAMPTZ '2020-07-09 17:10:00+07'
FROM review_meeting m WHERE m.held_on = DATE '2020-07-09';

INSERT INTO task_assignment (task_id, organisation_id, status, note, done_on, reported_by, reported_at)
SELECT t.id, o.id, 'DONE', 'Đã treo băng rôn, khẩu hiệu và phát động thi đua (mẫu).', DATE '2020-07-20' + (n % 20),
       'bithu' || lpad(n::text, 2, '0'), (DATE '2020-07-20' + (n % 20) + TIME '15:00') AT TIME ZONE 'Asia/Ho_Chi_Minh'
FROM meeting_task t JOIN review_meeting m ON m.id = t.meeting_id, generate_series(1, 33) n
JOIN organisation o ON o.code = 'MAU-HCSN-' || lpad(n::text, 2, '0')
WHERE m.held_on = DATE '2020-07-09' AND t.position = 1;

-- What the six representatives raised at the meeting.
INSERT INTO report_item (organisation_id, period_id, meeting_id, kind, position, body, owner_board_id, response, status, responded_by, responded_at)
SELECT o.id, m.period_id, m.id, 'DIFFICULTY', v.position, v.body, (SELECT id FROM board WHERE code = v.board), v.response,
       CASE WHEN v.response IS NULL THEN 'OPEN' ELSE 'ANSWERED' END,
       CASE WHEN v.response IS NULL THEN NULL ELSE 'tuyengiao' END,
       CASE WHEN v.response IS NULL THEN NULL ELSE TIMESTAMPTZ '2020-07-20 09:00:00+07' END
FROM (VALUES
  ('MAU-HCSN-09', 1, 'Giáo viên là đảng viên vừa dạy trực tuyến vừa tham gia phòng, chống dịch nên khó bố trí sinh hoạt chi bộ đủ người (mẫu).', 'TO_CHUC', 'Ban Tổ chức hướng dẫn sinh hoạt chi bộ theo lịch linh hoạt, kết hợp trực tuyến khi cần (mẫu).'),
  ('MAU-HCSN-12', 2, 'Kinh phí cử đảng viên đi học lý luận chính trị còn hạn hẹp (mẫu).', 'TO_CHUC', NULL),
  ('MAU-HCSN-15', 3, 'Đảng viên trực chống dịch theo ca kíp, việc quán triệt nghị quyết phải chia thành nhiều buổi (mẫu).', 'TUYEN_GIAO', 'Ban Tuyên giáo cung cấp tài liệu quán triệt rút gọn để các chi bộ tự tổ chức theo ca (mẫu).'),
  ('MAU-HCSN-19', 4, 'Kíp trực cấp cứu bị điều động đột xuất, có kỳ sinh hoạt phải lùi ngày (mẫu).', 'TO_CHUC', NULL),
  ('MAU-HCSN-21', 5, 'Nguồn quần chúng ưu tú để kết nạp đảng ít do cán bộ trẻ công tác dài ngày ở xa (mẫu).', 'TO_CHUC', NULL),
  ('MAU-HCSN-29', 6, 'Hoạt động văn hóa, thể thao tập trung đông người tạm dừng nên nhiều chỉ tiêu chuyên môn khó hoàn thành (mẫu).', 'DAN_VAN', NULL)
  ) v(org, position, body, board, response)
JOIN organisation o ON o.code = v.org
JOIN review_meeting m ON m.held_on = DATE '2020-07-09';

-- ---- the district committee as dated data
INSERT INTO committee_profile (organisation_id, valid_from, valid_to, superior_heading, heading, name, abbreviation,
                               number_suffix, place, signatory_heading, signer_title, signer_name, recipients, sample)
SELECT o.id, DATE '2015-01-01', DATE '2025-07-01', 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'QUẬN ỦY HAI BÀ TRƯNG', 'Quận ủy Hai Bà Trưng',
       'QU', '-BC/QU', 'Hai Bà Trưng', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'Hoàng Quốc Đạo (mẫu)',
       E'- Thường trực Thành ủy (để báo cáo),\n- Ban Tổ chức Thành ủy,\n- Thường trực Quận ủy,\n- Các Ban Xây dựng Đảng Quận ủy,\n- Các tổ chức cơ sở đảng khối Hành chính sự nghiệp,\n- Lưu Văn phòng Quận ủy.',
       true
FROM organisation o WHERE o.code = 'MAU-QU-HBT';

-- ---- self-checks: the migration fails if the sample does not tell the article's facts
DO $check$
DECLARE
    p reporting_period;
    n int;
BEGIN
    SELECT * INTO p FROM reporting_period WHERE code = '2020-H1';
    -- 33/33 congresses held on the district's schedule, by the term's deadline
    SELECT count(*) INTO n FROM congress k JOIN congress_term t ON t.id = k.term_id AND t.code = '2020-2025'
    JOIN units_at(p.cutoff_date) o ON o.id = k.organisation_id JOIN bloc b ON b.id = o.bloc_id AND b.code = 'HCSN'
    WHERE k.held_from IS NOT NULL AND k.held_from <= k.planned_date AND k.held_from <= t.grassroots_deadline;
    IF n <> 33 THEN
        RAISE EXCEPTION 'sample: % of 33 congresses on the district''s schedule', n;
    END IF;
    -- 100% disseminated 05-CT/TW and the 2020 theme by the end of the period
    SELECT count(*) INTO n FROM directive d JOIN directive_implementation i ON i.directive_id = d.id
    WHERE d.number IN ('05-CT/TW', 'CD-2020') AND i.status <> 'DRAFT'
      AND EXISTS (SELECT 1 FROM dissemination_session s WHERE s.implementation_id = i.id AND s.held_on <= p.end_date);
    IF n <> 66 THEN
        RAISE EXCEPTION 'sample: % of 66 disseminations of 05-CT/TW and the 2020 theme in the period', n;
    END IF;
    -- the review meeting, its chair, the boards, the units, six units raising difficulties
    SELECT count(*) INTO n FROM review_meeting m WHERE m.period_id = p.id AND m.held_on = DATE '2020-07-09'
        AND m.chair LIKE '%Trưởng Ban Tuyên giáo%'
        AND (SELECT count(*) FROM review_meeting_board b WHERE b.meeting_id = m.id) = 5
        AND (SELECT count(*) FROM review_meeting_unit u WHERE u.meeting_id = m.id) = 33
        AND (SELECT count(DISTINCT i.organisation_id) FROM report_item i WHERE i.meeting_id = m.id AND i.kind = 'DIFFICULTY') = 6;
    IF n <> 1 THEN
        RAISE EXCEPTION 'sample: the review meeting of 09/7/2020 is not as the article tells it';
    END IF;
    -- the district's profile covers the period
    SELECT count(*) INTO n FROM committee_profile c JOIN organisation o ON o.id = c.organisation_id AND o.code = 'MAU-QU-HBT'
    WHERE c.valid_from <= p.cutoff_date AND (c.valid_to IS NULL OR c.valid_to > p.end_date);
    IF n <> 1 THEN
        RAISE EXCEPTION 'sample: no committee profile of the district for 2020';
    END IF;
END $check$;
