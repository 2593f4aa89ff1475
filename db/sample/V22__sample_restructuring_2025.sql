-- SAMPLE DATA, for demonstration and tests only (fictional units and people, flagged sample = true, codes MAU-…):
-- the 2025 restructuring (DOMAIN.md "Time warning" and §8b). On 01/7/2025 Hanoi's districts end: the sample district
-- committee (MAU-QU-HBT) ends, three ward Party committees (Đảng ủy phường Hai Bà Trưng, Bạch Mai, Vĩnh Tuy) and a
-- city-level committee (Đảng ủy Ủy ban nhân dân Thành phố) are established, and the district's grassroots units are
-- transferred to them: schools and the culture and service units to the wards, hospitals, health centres and
-- institutes to the city-level committee. Two kindergarten and primary cells merge into one inter-level school cell,
-- and the continuing-education centre's cell is dissolved with its centre. Everything is recorded the way the registry
-- records a change made on its screen: a decision, the change effective on 01/7/2025, versions kept by the registry's
-- own trigger, successor links for the merger. Records made before stay with the units and, for the district's
-- periods, under the district. Each new committee has its document conventions (…-BC/ĐU) from that day.

-- ---- the decisions (issued by the city committee, which is not in the registry)
INSERT INTO registry_decision (kind, number, decided_on, issuer_id, effective_on, note, actor, sample) VALUES
 ('ESTABLISH', '1001-QĐ/TU (mẫu)', DATE '2025-06-27', NULL, DATE '2025-07-01',
  'Thành ủy Hà Nội thành lập các Đảng bộ phường Hai Bà Trưng, Bạch Mai, Vĩnh Tuy và Đảng bộ Ủy ban nhân dân Thành phố (mẫu).', 'sample', true),
 ('TRANSFER', '1002-QĐ/TU (mẫu)', DATE '2025-06-27', NULL, DATE '2025-07-01',
  'Chuyển các tổ chức cơ sở đảng trực thuộc Quận ủy Hai Bà Trưng về các Đảng ủy phường và Đảng ủy trực thuộc Thành ủy (mẫu).', 'sample', true),
 ('MERGE', '1003-QĐ/TU (mẫu)', DATE '2025-06-27', NULL, DATE '2025-07-01',
  'Hợp nhất Chi bộ Trường Mầm non Họa Mi và Chi bộ Trường Tiểu học Cầu Vồng (mẫu).', 'sample', true),
 ('DISSOLVE', '1004-QĐ/TU (mẫu)', DATE '2025-06-27', NULL, DATE '2025-07-01',
  'Giải thể Chi bộ Trung tâm Giáo dục thường xuyên Phương Nam theo việc sắp xếp đơn vị sự nghiệp; kết thúc hoạt động của Quận ủy Hai Bà Trưng (mẫu).', 'sample', true);

CREATE FUNCTION v21_decision(k varchar) RETURNS bigint LANGUAGE sql STABLE AS $fn$
    SELECT id FROM registry_decision WHERE sample AND kind = k AND number LIKE '100_-QĐ/TU (mẫu)'
$fn$;

SELECT set_config('partytrack.effective_on', '2025-07-01', true);

-- ---- the new committees
SELECT set_config('partytrack.decision_id', v21_decision('ESTABLISH')::text, true);
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full,
                          members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT v.code, v.name, t.id, NULL, NULL, NULL, NULL, 0, 0, 0, NULL, NULL, '2025–2030', true
  FROM (VALUES
  ('MAU-DUP-HBT', 'Đảng ủy phường Hai Bà Trưng', 'DANG_UY_PHUONG'),
  ('MAU-DUP-BM',  'Đảng ủy phường Bạch Mai',     'DANG_UY_PHUONG'),
  ('MAU-DUP-VT',  'Đảng ủy phường Vĩnh Tuy',     'DANG_UY_PHUONG'),
  ('MAU-DUTP-UB', 'Đảng ủy Ủy ban nhân dân Thành phố', 'DANG_UY_THANH_PHO')
  ) v(code, name, type_code)
JOIN organisation_type t ON t.code = v.type_code;

-- ---- the merger: a new inter-level school cell succeeds the two cells
SELECT set_config('partytrack.decision_id', v21_decision('MERGE')::text, true);
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full,
                          members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-34', 'Chi bộ Trường Liên cấp Họa Mi – Cầu Vồng', a.type_id, (SELECT id FROM organisation WHERE code = 'MAU-DUP-HBT'),
       a.bloc_id, a.sector_id, 'Trường Liên cấp Họa Mi – Cầu Vồng', a.members_total + b.members_total, a.members_full + b.members_full,
       a.members_probationary + b.members_probationary, b.secretary_name, a.secretary_name, '2025–2030', true
FROM organisation a, organisation b WHERE a.code = 'MAU-HCSN-13' AND b.code = 'MAU-HCSN-14';
INSERT INTO organisation_succession (predecessor_id, successor_id, decision_id)
SELECT p.id, s.id, v21_decision('MERGE') FROM organisation p, organisation s
WHERE p.code IN ('MAU-HCSN-13', 'MAU-HCSN-14') AND s.code = 'MAU-HCSN-34';
UPDATE organisation SET active = false, deactivated_at = TIMESTAMP '2025-07-01 00:00' AT TIME ZONE 'Asia/Ho_Chi_Minh', version = version + 1
WHERE code IN ('MAU-HCSN-13', 'MAU-HCSN-14');

-- ---- the dissolution of the continuing-education centre's cell
SELECT set_config('partytrack.decision_id', v21_decision('DISSOLVE')::text, true);
UPDATE organisation SET active = false, deactivated_at = TIMESTAMP '2025-07-01 00:00' AT TIME ZONE 'Asia/Ho_Chi_Minh', version = version + 1
WHERE code = 'MAU-HCSN-11';

-- ---- the transfers (subordinate cells move with their đảng bộ cơ sở: the registry rewrites their paths)
SELECT set_config('partytrack.decision_id', v21_decision('TRANSFER')::text, true);
UPDATE organisation o SET parent_id = (SELECT id FROM organisation WHERE code = v.committee), version = o.version + 1
FROM (VALUES
  ('MAU-HCSN-01', 'MAU-DUP-HBT'), ('MAU-HCSN-02', 'MAU-DUP-HBT'), ('MAU-HCSN-03', 'MAU-DUP-HBT'), ('MAU-HCSN-04', 'MAU-DUP-HBT'),
  ('MAU-HCSN-05', 'MAU-DUP-HBT'), ('MAU-HCSN-25', 'MAU-DUP-HBT'), ('MAU-HCSN-26', 'MAU-DUP-HBT'), ('MAU-HCSN-29', 'MAU-DUP-HBT'),
  ('MAU-HCSN-06', 'MAU-DUP-BM'),  ('MAU-HCSN-07', 'MAU-DUP-BM'),  ('MAU-HCSN-08', 'MAU-DUP-BM'),  ('MAU-HCSN-09', 'MAU-DUP-BM'),
  ('MAU-HCSN-27', 'MAU-DUP-BM'),  ('MAU-HCSN-28', 'MAU-DUP-BM'),  ('MAU-HCSN-30', 'MAU-DUP-BM'),  ('MAU-PH-01', 'MAU-DUP-BM'),
  ('MAU-HCSN-10', 'MAU-DUP-VT'),  ('MAU-HCSN-12', 'MAU-DUP-VT'),  ('MAU-HCSN-31', 'MAU-DUP-VT'),  ('MAU-HCSN-32', 'MAU-DUP-VT'),
  ('MAU-HCSN-33', 'MAU-DUP-VT'),  ('MAU-PH-02', 'MAU-DUP-VT'),    ('MAU-DN-01', 'MAU-DUP-VT'),    ('MAU-DN-02', 'MAU-DUP-VT'),
  ('MAU-HCSN-15', 'MAU-DUTP-UB'), ('MAU-HCSN-16', 'MAU-DUTP-UB'), ('MAU-HCSN-17', 'MAU-DUTP-UB'), ('MAU-HCSN-18', 'MAU-DUTP-UB'),
  ('MAU-HCSN-19', 'MAU-DUTP-UB'), ('MAU-HCSN-20', 'MAU-DUTP-UB'), ('MAU-HCSN-21', 'MAU-DUTP-UB'), ('MAU-HCSN-22', 'MAU-DUTP-UB'),
  ('MAU-HCSN-23', 'MAU-DUTP-UB'), ('MAU-HCSN-24', 'MAU-DUTP-UB')
  ) v(unit, committee)
WHERE o.code = v.unit;

-- anything else still under the district (units registered by hand in a demo database) goes to the first ward
UPDATE organisation o SET parent_id = (SELECT id FROM organisation WHERE code = 'MAU-DUP-HBT'), version = o.version + 1
WHERE o.active AND o.parent_id = (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT');

-- ---- the district committee ends
SELECT set_config('partytrack.decision_id', v21_decision('DISSOLVE')::text, true);
UPDATE organisation SET active = false, deactivated_at = TIMESTAMP '2025-07-01 00:00' AT TIME ZONE 'Asia/Ho_Chi_Minh', version = version + 1
WHERE code = 'MAU-QU-HBT';

-- ---- the present period's records of the units that ended are not there to keep: they never reported for it
DELETE FROM review_meeting_unit u USING review_meeting m, reporting_period p, organisation o
WHERE m.id = u.meeting_id AND p.id = m.period_id AND p.start_date >= DATE '2025-07-01'
  AND o.id = u.organisation_id AND o.code IN ('MAU-HCSN-11', 'MAU-HCSN-13', 'MAU-HCSN-14');
DELETE FROM task_assignment a USING meeting_task t, review_meeting m, reporting_period p, organisation o
WHERE t.id = a.task_id AND m.id = t.meeting_id AND p.id = m.period_id AND p.start_date >= DATE '2025-07-01'
  AND o.id = a.organisation_id AND o.code IN ('MAU-HCSN-11', 'MAU-HCSN-13', 'MAU-HCSN-14');
DELETE FROM report_item i USING reporting_period p, organisation o
WHERE p.id = i.period_id AND p.start_date >= DATE '2025-07-01'
  AND o.id = i.organisation_id AND o.code IN ('MAU-HCSN-11', 'MAU-HCSN-13', 'MAU-HCSN-14');
DELETE FROM report r USING reporting_period p, organisation o
WHERE p.id = r.period_id AND p.start_date >= DATE '2025-07-01'
  AND o.id = r.organisation_id AND o.code IN ('MAU-HCSN-11', 'MAU-HCSN-13', 'MAU-HCSN-14');

-- ---- the new committees' document conventions
INSERT INTO committee_profile (organisation_id, valid_from, valid_to, superior_heading, heading, name, abbreviation,
                               number_suffix, place, signatory_heading, signer_title, signer_name, recipients, sample)
SELECT o.id, DATE '2025-07-01', NULL, 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', v.heading, o.name, 'ĐU', '-BC/ĐU', v.place,
       'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', v.signer,
       E'- Thường trực Thành ủy (để báo cáo),\n- Ban Tổ chức Thành ủy,\n- Thường trực ' || o.name || E',\n- Các ban xây dựng Đảng của Đảng ủy,\n- Các tổ chức cơ sở đảng trực thuộc,\n- Lưu Văn phòng Đảng ủy.',
       true
FROM (VALUES
  ('MAU-DUP-HBT', 'ĐẢNG ỦY PHƯỜNG HAI BÀ TRƯNG', 'Hai Bà Trưng', 'Nguyễn Văn Hòa (mẫu)'),
  ('MAU-DUP-BM',  'ĐẢNG ỦY PHƯỜNG BẠCH MAI',     'Bạch Mai',     'Trần Thị Minh (mẫu)'),
  ('MAU-DUP-VT',  'ĐẢNG ỦY PHƯỜNG VĨNH TUY',     'Vĩnh Tuy',     'Lê Quang Vinh (mẫu)'),
  ('MAU-DUTP-UB', 'ĐẢNG ỦY ỦY BAN NHÂN DÂN THÀNH PHỐ', 'Hà Nội', 'Phạm Đức Thành (mẫu)')
  ) v(code, heading, place, signer)
JOIN organisation o ON o.code = v.code;

-- ---- the staff of two ward committees: they see their ward's units and the records those units made before
INSERT INTO account (username, full_name, password_hash, role, board_id, organisation_id, committee_id, sample)
SELECT v.username, v.full_name, a.password_hash, 'STAFF', a.board_id, NULL, (SELECT id FROM organisation WHERE code = v.committee), true
FROM (VALUES
  ('phuonghbt', 'Đinh Thị Hà (mẫu)', 'MAU-DUP-HBT'),
  ('phuongbm',  'Tạ Văn Minh (mẫu)', 'MAU-DUP-BM')
  ) v(username, full_name, committee)
JOIN account a ON a.username = 'tochuc';

DROP FUNCTION v21_decision(varchar);

-- ---- self-checks: the migration fails if the restructuring is not as told
DO $check$
DECLARE
    n int;
BEGIN
    -- before the day, every grassroots unit sits under the district; from the day, none
    SELECT count(*) INTO n FROM units_at(DATE '2025-06-30') u JOIN organisation_type t ON t.id = u.type_id AND t.grassroots
    JOIN organisation d ON d.id = u.parent_id AND d.code = 'MAU-QU-HBT' JOIN bloc b ON b.id = u.bloc_id AND b.code = 'HCSN';
    IF n <> 33 THEN
        RAISE EXCEPTION 'sample: % HCSN units under the district on 30/6/2025, not 33', n;
    END IF;
    SELECT count(*) INTO n FROM units_at(DATE '2025-07-01') u WHERE u.parent_id = (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT')
        OR u.id = (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT');
    IF n <> 0 THEN
        RAISE EXCEPTION 'sample: the district still has % units on 1/7/2025', n;
    END IF;
    -- 33 − 3 ended + 1 merged = 31 HCSN units from the day
    SELECT count(*) INTO n FROM units_at(DATE '2025-07-01') u JOIN organisation_type t ON t.id = u.type_id AND t.grassroots
    JOIN bloc b ON b.id = u.bloc_id AND b.code = 'HCSN';
    IF n <> 31 THEN
        RAISE EXCEPTION 'sample: % HCSN units on 1/7/2025, not 31', n;
    END IF;
    -- subordinate cells moved with their đảng bộ cơ sở
    SELECT count(*) INTO n FROM organisation c JOIN organisation p ON p.id = c.parent_id
    WHERE c.active AND c.path NOT LIKE p.path || '%';
    IF n <> 0 THEN
        RAISE EXCEPTION 'sample: % cells not under their parent''s path', n;
    END IF;
END $check$;
