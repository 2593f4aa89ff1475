-- SAMPLE DATA, for demonstration and tests only (fictional units and people, flagged sample = true, codes MAU-…):
-- the sample registry made true to the Party Statute (DOMAIN.md §1.1, §1.3, §7 and "Statute checks for sample data").
--  * Every đảng bộ cơ sở has subordinate cells (chi bộ trực thuộc) whose members add up to its own, in total, full and
--    probationary members: the cells missing under MAU-HCSN-12, -15, -21 and -32 are added, and cells are given to the
--    đảng bộ cơ sở that had none (MAU-HCSN-16, -17, -18, -20, -22, -24, the two wards and the enterprise MAU-DN-01).
--  * Cell meetings are held per cell, monthly: a đảng bộ cơ sở reports the regular meetings of all its cells, so its
--    required meetings are the months of the period times its cells (the meetings its cells missed stay missed), and
--    its thematic meetings are counted per cell as well.
--  * A unit with fewer than 9 full members elects a secretary (and may elect a deputy), not a committee: the congresses
--    of MAU-HCSN-13 (8 full members) and MAU-HCSN-30 (7) record no committee.
-- The cells exist from the same day as the rest of the sample registry (the day before the first period), so every
-- period counts them. Loaded only when partytrack.sample-data=true; the checks at the end fail the migration if a rule
-- does not hold.

SELECT set_config('partytrack.effective_on',
                  (coalesce((SELECT min(start_date) FROM reporting_period), DATE '2000-01-01') - 1)::text, true);

INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full,
                          members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT v.code, v.name, t.id, p.id, p.bloc_id, p.sector_id, NULL, v.total, v.full_members, v.probationary, v.secretary, v.deputy,
       '2020–2025', true
  FROM (VALUES
  ('MAU-HCSN-12-03', 'MAU-HCSN-12', 'Chi bộ Khoa Kinh tế – Du lịch', 12, 11, 1, 'Trần Thu Hằng', 'Lê Văn Khôi'),
  ('MAU-HCSN-12-04', 'MAU-HCSN-12', 'Chi bộ Phòng ban – Thư viện', 10, 9, 1, 'Nguyễn Hữu Lộc', NULL),
  ('MAU-HCSN-15-05', 'MAU-HCSN-15', 'Chi bộ Khoa Sản – Nhi', 26, 23, 3, 'Phạm Thị Hoài', 'Đỗ Minh Quân'),
  ('MAU-HCSN-15-06', 'MAU-HCSN-15', 'Chi bộ Khoa Hồi sức cấp cứu', 22, 20, 2, 'Vũ Đức Thịnh', 'Lê Thu Trang'),
  ('MAU-HCSN-15-07', 'MAU-HCSN-15', 'Chi bộ Khoa Dược – Vật tư', 18, 16, 2, 'Hoàng Thị Lụa', 'Bùi Văn Tú'),
  ('MAU-HCSN-15-08', 'MAU-HCSN-15', 'Chi bộ Khoa Chẩn đoán hình ảnh', 16, 14, 2, 'Ngô Thanh Bình', 'Trần Hữu Nghĩa'),
  ('MAU-HCSN-15-09', 'MAU-HCSN-15', 'Chi bộ Điều dưỡng', 25, 23, 2, 'Đặng Thu Hà', 'Lý Minh Châu'),
  ('MAU-HCSN-16-01', 'MAU-HCSN-16', 'Chi bộ Khoa Khám bệnh', 22, 21, 1, 'Dương Văn Lâm', 'Phùng Thị Yến'),
  ('MAU-HCSN-16-02', 'MAU-HCSN-16', 'Chi bộ Khoa Phẫu thuật', 24, 22, 2, 'Nguyễn Đức Phong', 'Hà Thu Thủy'),
  ('MAU-HCSN-16-03', 'MAU-HCSN-16', 'Chi bộ Hành chính – Hậu cần', 18, 17, 1, 'Lê Thị Ngân', 'Trịnh Văn Hải'),
  ('MAU-HCSN-17-01', 'MAU-HCSN-17', 'Chi bộ Khoa Vật lý trị liệu', 19, 18, 1, 'Phan Văn Hiếu', 'Đỗ Thu Hương'),
  ('MAU-HCSN-17-02', 'MAU-HCSN-17', 'Chi bộ Khoa Phục hồi thần kinh', 17, 16, 1, 'Trần Minh Tâm', 'Vũ Thị Lan'),
  ('MAU-HCSN-17-03', 'MAU-HCSN-17', 'Chi bộ Hành chính', 16, 15, 1, 'Lương Thị Mến', 'Ngô Văn Sáng'),
  ('MAU-HCSN-18-01', 'MAU-HCSN-18', 'Chi bộ Khoa Kiểm soát bệnh truyền nhiễm', 24, 22, 2, 'Bùi Thanh Hải', 'Nguyễn Thị Hạnh'),
  ('MAU-HCSN-18-02', 'MAU-HCSN-18', 'Chi bộ Khoa Xét nghiệm', 21, 19, 2, 'Đinh Văn Toàn', 'Lê Thị Thoa'),
  ('MAU-HCSN-18-03', 'MAU-HCSN-18', 'Chi bộ Khoa Sức khỏe môi trường', 15, 14, 1, 'Hồ Minh Khang', 'Phạm Thu Huyền'),
  ('MAU-HCSN-18-04', 'MAU-HCSN-18', 'Chi bộ Hành chính – Tổng hợp', 18, 17, 1, 'Cao Thị Duyên', 'Tạ Văn Bắc'),
  ('MAU-HCSN-20-01', 'MAU-HCSN-20', 'Chi bộ Phòng Vật liệu silicat', 24, 23, 1, 'Trương Văn Kiên', 'Lê Thị Ánh'),
  ('MAU-HCSN-20-02', 'MAU-HCSN-20', 'Chi bộ Phòng Bê tông', 26, 24, 2, 'Nguyễn Thị Vân', 'Phạm Đức Lợi'),
  ('MAU-HCSN-20-03', 'MAU-HCSN-20', 'Chi bộ Trung tâm Thí nghiệm', 27, 25, 2, 'Đoàn Minh Tuấn', 'Hoàng Thu Giang'),
  ('MAU-HCSN-20-04', 'MAU-HCSN-20', 'Chi bộ Khối Quản lý', 19, 18, 1, 'Vương Thị Hòa', 'Lâm Văn Đức'),
  ('MAU-HCSN-21-04', 'MAU-HCSN-21', 'Chi bộ Phòng Thủy văn', 24, 23, 1, 'Mai Văn Sơn', 'Đỗ Thị Ngọc'),
  ('MAU-HCSN-21-05', 'MAU-HCSN-21', 'Chi bộ Phòng Tài nguyên nước', 23, 22, 1, 'Nguyễn Thu Hiền', 'Trần Văn Long'),
  ('MAU-HCSN-21-06', 'MAU-HCSN-21', 'Chi bộ Trung tâm Tư vấn', 26, 24, 2, 'Lê Quang Vinh', 'Bùi Thị Hường'),
  ('MAU-HCSN-21-07', 'MAU-HCSN-21', 'Chi bộ Phòng Môi trường', 21, 20, 1, 'Kiều Thị Loan', 'Phí Văn Thành'),
  ('MAU-HCSN-22-01', 'MAU-HCSN-22', 'Chi bộ Phòng Công nghệ lên men', 20, 19, 1, 'Hà Văn Nam', 'Lê Thị Phượng'),
  ('MAU-HCSN-22-02', 'MAU-HCSN-22', 'Chi bộ Phòng Hóa sinh', 19, 18, 1, 'Nguyễn Thị Tuyết', 'Trần Đức Mạnh'),
  ('MAU-HCSN-22-03', 'MAU-HCSN-22', 'Chi bộ Khối Văn phòng', 19, 18, 1, 'Phạm Văn Cường', 'Đặng Thu Nga'),
  ('MAU-HCSN-24-01', 'MAU-HCSN-24', 'Chi bộ Phòng Đo lường', 15, 14, 1, 'Tô Văn Hưng', 'Nguyễn Thị Mai'),
  ('MAU-HCSN-24-02', 'MAU-HCSN-24', 'Chi bộ Phòng Thử nghiệm', 14, 13, 1, 'Lại Thị Thanh', 'Vũ Văn Bình'),
  ('MAU-HCSN-24-03', 'MAU-HCSN-24', 'Chi bộ Hành chính', 12, 11, 1, 'Chu Văn Hòa', 'Lê Thu Cúc'),
  ('MAU-HCSN-32-03', 'MAU-HCSN-32', 'Chi bộ Đội Quản lý thuế phường', 19, 18, 1, 'Ngô Thị Hằng', 'Trần Văn Thông'),
  ('MAU-DN-01-01', 'MAU-DN-01', 'Chi bộ Phân xưởng Sợi', 22, 21, 1, 'Lê Văn Thuận', NULL),
  ('MAU-DN-01-02', 'MAU-DN-01', 'Chi bộ Phân xưởng Dệt', 22, 21, 1, 'Nguyễn Thị Nhàn', NULL),
  ('MAU-DN-01-03', 'MAU-DN-01', 'Chi bộ Phân xưởng May', 22, 21, 1, 'Trần Thị Lý', NULL),
  ('MAU-DN-01-04', 'MAU-DN-01', 'Chi bộ Khối Văn phòng', 22, 21, 1, 'Phạm Văn Đông', NULL),
  ('MAU-PH-01-01', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 1', 42, 40, 2, NULL, NULL),
  ('MAU-PH-01-02', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 2', 42, 40, 2, NULL, NULL),
  ('MAU-PH-01-03', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 3', 42, 40, 2, NULL, NULL),
  ('MAU-PH-01-04', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 4', 42, 40, 2, NULL, NULL),
  ('MAU-PH-01-05', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 5', 42, 40, 2, NULL, NULL),
  ('MAU-PH-01-06', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 6', 42, 40, 2, NULL, NULL),
  ('MAU-PH-01-07', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 7', 42, 40, 2, NULL, NULL),
  ('MAU-PH-01-08', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 8', 42, 40, 2, NULL, NULL),
  ('MAU-PH-01-09', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 9', 42, 39, 3, NULL, NULL),
  ('MAU-PH-01-10', 'MAU-PH-01', 'Chi bộ Tổ dân phố số 10', 42, 39, 3, NULL, NULL),
  ('MAU-PH-02-01', 'MAU-PH-02', 'Chi bộ Tổ dân phố số 1', 42, 41, 1, NULL, NULL),
  ('MAU-PH-02-02', 'MAU-PH-02', 'Chi bộ Tổ dân phố số 2', 42, 40, 2, NULL, NULL),
  ('MAU-PH-02-03', 'MAU-PH-02', 'Chi bộ Tổ dân phố số 3', 42, 40, 2, NULL, NULL),
  ('MAU-PH-02-04', 'MAU-PH-02', 'Chi bộ Tổ dân phố số 4', 42, 40, 2, NULL, NULL),
  ('MAU-PH-02-05', 'MAU-PH-02', 'Chi bộ Tổ dân phố số 5', 42, 40, 2, NULL, NULL),
  ('MAU-PH-02-06', 'MAU-PH-02', 'Chi bộ Tổ dân phố số 6', 42, 40, 2, NULL, NULL),
  ('MAU-PH-02-07', 'MAU-PH-02', 'Chi bộ Tổ dân phố số 7', 42, 40, 2, NULL, NULL),
  ('MAU-PH-02-08', 'MAU-PH-02', 'Chi bộ Tổ dân phố số 8', 42, 40, 2, NULL, NULL),
  ('MAU-PH-02-09', 'MAU-PH-02', 'Chi bộ Tổ dân phố số 9', 42, 40, 2, NULL, NULL)
  ) v(code, parent, name, total, full_members, probationary, secretary, deputy)
JOIN organisation p ON p.code = v.parent
JOIN organisation_type t ON t.code = 'CHI_BO_TRUC_THUOC'
ORDER BY v.code;

-- Regular and thematic cell meetings of a đảng bộ cơ sở: per cell. The months required per cell are what the report
-- said for the whole đảng bộ; the meetings missed stay as many as reported.
UPDATE report_value v SET number_value = CASE v.indicator_code
            WHEN 'MEETINGS_REQUIRED' THEN req.number_value * c.cells
            WHEN 'MEETINGS_HELD' THEN req.number_value * c.cells - (req.number_value - v.number_value)
            ELSE v.number_value * c.cells END
FROM report r
JOIN organisation o ON o.id = r.organisation_id AND o.sample
JOIN organisation_type t ON t.id = o.type_id AND t.code = 'DANG_BO_CO_SO'
JOIN (SELECT parent_id, count(*) AS cells FROM organisation WHERE active GROUP BY parent_id) c ON c.parent_id = o.id
JOIN report_value req ON req.indicator_code = 'MEETINGS_REQUIRED'
WHERE r.id = v.report_id AND req.report_id = r.id
  AND v.indicator_code IN ('MEETINGS_REQUIRED', 'MEETINGS_HELD', 'MEETINGS_THEMATIC') AND v.number_value IS NOT NULL
  AND req.number_value IS NOT NULL;

-- No committee (chi ủy) where there are fewer than 9 full members.
UPDATE congress k SET committee_approved = NULL, committee_elected = NULL
FROM organisation o WHERE o.id = k.organisation_id AND o.sample AND o.members_full < 9;

-- ---- self-checks: the migration fails if the sample breaks the Statute
DO $check$
DECLARE
    bad text;
BEGIN
    -- a đảng bộ cơ sở has cells, and their members add up to its own (total, full, probationary)
    SELECT string_agg(p.code || ' ' || p.members_total || '/' || p.members_full || '/' || p.members_probationary
                      || ' vs cells ' || coalesce(s.total, 0) || '/' || coalesce(s.full_members, 0) || '/' || coalesce(s.prob, 0), ', ')
      INTO bad
    FROM organisation p JOIN organisation_type t ON t.id = p.type_id AND t.code = 'DANG_BO_CO_SO'
    LEFT JOIN (SELECT parent_id, sum(members_total) AS total, sum(members_full) AS full_members, sum(members_probationary) AS prob
               FROM organisation WHERE active GROUP BY parent_id) s ON s.parent_id = p.id
    WHERE p.sample AND p.active AND (s.total IS NULL OR (s.total, s.full_members, s.prob) <> (p.members_total, p.members_full, p.members_probationary));
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'sample: cells do not add up to their đảng bộ cơ sở: %', bad;
    END IF;

    -- the same holds in the dated registry on the first day of every period
    SELECT string_agg(DISTINCT p.code || ' on ' || rp.start_date, ', ') INTO bad
    FROM reporting_period rp CROSS JOIN LATERAL units_at(rp.start_date) p
    JOIN organisation_type t ON t.id = p.type_id AND t.code = 'DANG_BO_CO_SO'
    JOIN organisation po ON po.id = p.id AND po.sample
    LEFT JOIN LATERAL (SELECT sum(c.members_total) AS total FROM units_at(rp.start_date) c WHERE c.parent_id = p.id) s ON true
    WHERE s.total IS DISTINCT FROM p.members_total::bigint;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'sample: cells do not add up in the dated registry: %', bad;
    END IF;

    -- a chi bộ cơ sở has fewer than 30 members, a đảng bộ cơ sở at least 30, every unit at least 3 full members
    SELECT string_agg(o.code, ', ') INTO bad
    FROM organisation o JOIN organisation_type t ON t.id = o.type_id
    WHERE o.sample AND o.active AND ((t.code = 'CHI_BO_CO_SO' AND o.members_total >= 30)
        OR (t.code = 'DANG_BO_CO_SO' AND o.members_total < 30)
        OR (t.code IN ('CHI_BO_CO_SO', 'DANG_BO_CO_SO', 'CHI_BO_TRUC_THUOC') AND o.members_full < 3)
        OR o.members_total <> o.members_full + o.members_probationary);
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'sample: unit sizes break the Statute: %', bad;
    END IF;

    -- fewer than 9 full members: no committee; 9 or more: a chi bộ's committee has at most 7 members
    SELECT string_agg(o.code, ', ') INTO bad
    FROM congress k JOIN organisation o ON o.id = k.organisation_id JOIN organisation_type t ON t.id = o.type_id
    WHERE o.sample AND ((o.members_full < 9 AND (coalesce(k.committee_approved, 0) > 0 OR coalesce(k.committee_elected, 0) > 0))
        OR (t.code = 'CHI_BO_CO_SO' AND greatest(k.committee_approved, k.committee_elected) > 7));
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'sample: committee sizes break the Statute: %', bad;
    END IF;

    -- cell meetings: a đảng bộ cơ sở requires (months × cells) regular meetings, a chi bộ cơ sở the months alone
    SELECT string_agg(o.code || ' ' || p.code, ', ') INTO bad
    FROM report r JOIN reporting_period p ON p.id = r.period_id
    JOIN organisation o ON o.id = r.organisation_id AND o.sample
    JOIN organisation_type t ON t.id = o.type_id AND t.code = 'DANG_BO_CO_SO'
    JOIN report_value v ON v.report_id = r.id AND v.indicator_code = 'MEETINGS_REQUIRED'
    WHERE v.number_value % (SELECT count(*) FROM organisation c WHERE c.parent_id = o.id AND c.active) <> 0;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'sample: cell meetings not counted per cell: %', bad;
    END IF;
END $check$;
