-- SAMPLE DATA, for demonstration and tests only: fictional organisations, people and accounts.
-- Every row is flagged sample = true and every code starts with MAU-. Loaded only when partytrack.sample-data=true.
-- All sample accounts share the password PartyTrack@2020 (PBKDF2-HMAC-SHA256, 210,000 iterations).

INSERT INTO organisation (code, name, type_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-QU-HBT', 'Quận ủy Hai Bà Trưng', t.id, NULL, NULL, NULL, 0, 0, 0, NULL, NULL, '2020–2025', true FROM organisation_type t WHERE t.code = 'CAP_TREN_CO_SO';

INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-01', 'Chi bộ Trường Mầm non Hoa Sữa', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Mầm non Hoa Sữa', 14, 12, 2, 'Bùi Thu Ánh', 'Đỗ Đức Uyên', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-02', 'Chi bộ Trường Mầm non Sơn Ca', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Mầm non Sơn Ca', 11, 10, 1, 'Lê Thanh Nam', 'Phạm Hữu Hạnh', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-03', 'Chi bộ Trường Tiểu học Ánh Dương', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Tiểu học Ánh Dương', 18, 16, 2, 'Ngô Hải Tâm', 'Dương Thị Hiền', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-04', 'Chi bộ Trường Tiểu học Bình Minh', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Tiểu học Bình Minh', 22, 20, 2, 'Hoàng Minh Đạt', 'Vũ Thu Phương', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-05', 'Chi bộ Trường Tiểu học Đông Hồ', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Tiểu học Đông Hồ', 16, 15, 1, 'Lý Quốc Trung', 'Nguyễn Thanh Lan', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-06', 'Chi bộ Trường THCS Thanh Lam', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Trung học cơ sở Thanh Lam', 25, 23, 2, 'Đặng Ngọc Giang', 'Bùi Hải Ánh', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-07', 'Chi bộ Trường THCS Hồng Hà', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Trung học cơ sở Hồng Hà', 27, 24, 3, 'Trần Văn Duyên', 'Lê Minh Nam', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-08', 'Chi bộ Trường THCS Tân Lập', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Trung học cơ sở Tân Lập', 21, 20, 1, 'Đỗ Đức Anh', 'Ngô Quốc Tâm', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-09', 'Chi bộ Trường THPT Tràng Thi Mới', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Trung học phổ thông Tràng Thi Mới', 29, 26, 3, 'Phạm Hữu Mai', 'Hoàng Ngọc Đạt', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-10', 'Chi bộ Trường THPT Hương Giang', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Trung học phổ thông Hương Giang', 28, 25, 3, 'Dương Thị Sơn', 'Lý Văn Trung', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-11', 'Chi bộ Trung tâm Giáo dục thường xuyên Phương Nam', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trung tâm Giáo dục thường xuyên Phương Nam', 12, 11, 1, 'Vũ Thu Yến', 'Đặng Đức Giang', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-12', 'Đảng bộ Trường Cao đẳng Nghề Bách Việt', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Cao đẳng Nghề Bách Việt', 45, 41, 4, 'Nguyễn Thanh Thảo', 'Trần Hữu Duyên', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-13', 'Chi bộ Trường Mầm non Họa Mi', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Mầm non Họa Mi', 9, 8, 1, 'Bùi Hải Hùng', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-14', 'Chi bộ Trường Tiểu học Cầu Vồng', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'GIAO_DUC'), 'Trường Tiểu học Cầu Vồng', 19, 17, 2, 'Lê Minh Cường', 'Phạm Thu Mai', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-15', 'Đảng bộ Bệnh viện Đa khoa Hồng Phúc', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'Y_TE'), 'Bệnh viện Đa khoa Hồng Phúc', 186, 171, 15, 'Ngô Quốc Hà', 'Dương Thanh Sơn', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-16', 'Đảng bộ Bệnh viện Mắt Quang Minh', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'Y_TE'), 'Bệnh viện Mắt Quang Minh', 64, 60, 4, 'Hoàng Ngọc Khánh', 'Vũ Hải Yến', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-17', 'Đảng bộ Bệnh viện Phục hồi chức năng An Khang', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'Y_TE'), 'Bệnh viện Phục hồi chức năng An Khang', 52, 49, 3, 'Lý Văn Quang', 'Nguyễn Minh Thảo', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-18', 'Đảng bộ Trung tâm Y tế Dự phòng Thăng Long', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'Y_TE'), 'Trung tâm Y tế Dự phòng Thăng Long', 78, 72, 6, 'Đặng Đức Xuân', 'Bùi Quốc Hùng', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-19', 'Chi bộ Trạm Cấp cứu Đông Nam', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'Y_TE'), 'Trạm Cấp cứu Đông Nam', 24, 22, 2, 'Trần Hữu Nga', 'Lê Ngọc Cường', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-20', 'Đảng bộ Viện Nghiên cứu Vật liệu Xây dựng Trường Sơn', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'NCKH'), 'Viện Nghiên cứu Vật liệu Xây dựng Trường Sơn', 96, 90, 6, 'Đỗ Thị Linh', 'Ngô Văn Hà', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-21', 'Đảng bộ Viện Khoa học Thủy lợi Sông Hồng', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'NCKH'), 'Viện Khoa học Thủy lợi Sông Hồng', 142, 134, 8, 'Phạm Thu Hòa', 'Hoàng Đức Khánh', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-22', 'Đảng bộ Viện Công nghệ Thực phẩm Phương Đông', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'NCKH'), 'Viện Công nghệ Thực phẩm Phương Đông', 58, 55, 3, 'Dương Thanh Châu', 'Lý Hữu Quang', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-23', 'Chi bộ Viện Nghiên cứu Văn hóa Dân gian Lạc Việt', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'NCKH'), 'Viện Nghiên cứu Văn hóa Dân gian Lạc Việt', 17, 16, 1, 'Vũ Hải Hương', 'Đặng Thị Xuân', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-24', 'Đảng bộ Trung tâm Đo lường Chất lượng Hà Thành', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'NCKH'), 'Trung tâm Đo lường Chất lượng Hà Thành', 41, 38, 3, 'Nguyễn Minh Phúc', 'Trần Thu Nga', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-25', 'Chi bộ Tòa án nhân dân khu vực Hồng Ngọc', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'NOI_CHINH'), 'Tòa án nhân dân khu vực Hồng Ngọc', 23, 21, 2, 'Bùi Quốc Vinh', 'Đỗ Thanh Linh', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-26', 'Chi bộ Viện Kiểm sát nhân dân khu vực Hồng Ngọc', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'NOI_CHINH'), 'Viện Kiểm sát nhân dân khu vực Hồng Ngọc', 21, 20, 1, 'Lê Ngọc Long', 'Phạm Hải Hòa', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-27', 'Chi bộ Chi cục Thi hành án dân sự Hồng Ngọc', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'NOI_CHINH'), 'Chi cục Thi hành án dân sự Hồng Ngọc', 15, 14, 1, 'Ngô Văn Tuấn', 'Dương Minh Châu', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-28', 'Chi bộ Thanh tra khu vực Hồng Ngọc', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'NOI_CHINH'), 'Thanh tra khu vực Hồng Ngọc', 12, 11, 1, 'Hoàng Đức Thắng', 'Vũ Quốc Hương', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-29', 'Chi bộ Trung tâm Văn hóa, Thông tin và Thể thao Hồng Ngọc', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'VAN_HOA'), 'Trung tâm Văn hóa, Thông tin và Thể thao Hồng Ngọc', 19, 17, 2, 'Lý Hữu Bình', 'Nguyễn Ngọc Phúc', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-30', 'Chi bộ Thư viện Sách Xanh', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'VAN_HOA'), 'Thư viện Sách Xanh', 8, 7, 1, 'Đặng Thị Dũng', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-31', 'Chi bộ Kho bạc Nhà nước khu vực Hồng Ngọc', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'KINH_TE'), 'Kho bạc Nhà nước khu vực Hồng Ngọc', 16, 15, 1, 'Trần Thu Oanh', 'Lê Đức Long', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-32', 'Đảng bộ Chi cục Thuế khu vực Hồng Ngọc', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'KINH_TE'), 'Chi cục Thuế khu vực Hồng Ngọc', 63, 59, 4, 'Đỗ Thanh Uyên', 'Ngô Hữu Tuấn', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-33', 'Chi bộ Ban Quản lý dự án đầu tư xây dựng Hồng Ngọc', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = 'HANH_CHINH'), 'Ban Quản lý dự án đầu tư xây dựng Hồng Ngọc', 20, 19, 1, 'Phạm Hải Hạnh', 'Hoàng Thị Thắng', '2020–2025', true;

INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-PH-01', 'Đảng bộ Phường Hoa Lư', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'PHUONG'), (SELECT id FROM sector WHERE code = 'HANH_CHINH'), 'Ủy ban nhân dân phường Hoa Lư', 420, 398, 22, 'Hoàng Thị Đạt', 'Vũ Văn Phương', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-PH-02', 'Đảng bộ Phường Thanh Trúc', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'PHUONG'), (SELECT id FROM sector WHERE code = 'HANH_CHINH'), 'Ủy ban nhân dân phường Thanh Trúc', 378, 361, 17, 'Lý Thu Trung', 'Nguyễn Đức Lan', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-DN-01', 'Đảng bộ Công ty Cổ phần Dệt may Sông Đà Xanh', (SELECT id FROM organisation_type WHERE code = 'DANG_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'DOANH_NGHIEP'), (SELECT id FROM sector WHERE code = 'KINH_TE'), 'Công ty Cổ phần Dệt may Sông Đà Xanh', 88, 84, 4, 'Đặng Thanh Giang', 'Bùi Hữu Ánh', '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-DN-02', 'Chi bộ Công ty TNHH Cơ khí Bạch Đằng Mới', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_CO_SO'), (SELECT id FROM organisation WHERE code = 'MAU-QU-HBT'),
       (SELECT id FROM bloc WHERE code = 'DOANH_NGHIEP'), (SELECT id FROM sector WHERE code = 'KINH_TE'), 'Công ty TNHH Cơ khí Bạch Đằng Mới', 14, 13, 1, 'Trần Hải Duyên', 'Lê Thị Nam', '2020–2025', true;

INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-15-01', 'Chi bộ Khoa Nội', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-15'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 25, 24, 1, 'Bùi Thu Vinh', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-15-02', 'Chi bộ Khoa Ngoại', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-15'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 14, 12, 2, 'Lê Thanh Long', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-15-03', 'Chi bộ Khoa Cận lâm sàng', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-15'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 17, 17, 0, 'Ngô Hải Tuấn', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-15-04', 'Chi bộ Hành chính – Tổng hợp', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-15'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 23, 22, 1, 'Hoàng Minh Thắng', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-21-01', 'Chi bộ Phòng Thí nghiệm Thủy lực', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-21'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 12, 10, 2, 'Lý Quốc Bình', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-21-02', 'Chi bộ Phòng Nghiên cứu Đê điều', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-21'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 15, 15, 0, 'Đặng Ngọc Dũng', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-21-03', 'Chi bộ Khối Văn phòng', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-21'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 21, 20, 1, 'Trần Văn Oanh', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-12-01', 'Chi bộ Khoa Cơ khí', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-12'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 10, 8, 2, 'Đỗ Đức Uyên', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-12-02', 'Chi bộ Khoa Điện – Điện tử', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-12'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 13, 13, 0, 'Phạm Hữu Hạnh', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-32-01', 'Chi bộ Đội Kiểm tra', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-32'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 19, 18, 1, 'Dương Thị Hiền', NULL, '2020–2025', true;
INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, host_unit, members_total, members_full, members_probationary, secretary_name, deputy_secretary_name, term_label, sample)
SELECT 'MAU-HCSN-32-02', 'Chi bộ Đội Hành chính – Nghiệp vụ', (SELECT id FROM organisation_type WHERE code = 'CHI_BO_TRUC_THUOC'), (SELECT id FROM organisation WHERE code = 'MAU-HCSN-32'),
       (SELECT id FROM bloc WHERE code = 'HCSN'), (SELECT id FROM sector WHERE code = NULL), NULL, 25, 23, 2, 'Vũ Thu Phương', NULL, '2020–2025', true;

UPDATE organisation c SET sector_id = p.sector_id FROM organisation p WHERE c.parent_id = p.id AND c.sample AND c.sector_id IS NULL AND p.sector_id IS NOT NULL;

INSERT INTO account (username, full_name, password_hash, role, board_id, organisation_id, sample) VALUES
 ('quantri', 'Quản trị hệ thống (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'ADMIN', NULL, NULL, true),
 ('tochuc', 'Nguyễn Thị Hồng Nhung (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'STAFF', (SELECT id FROM board WHERE code = 'TO_CHUC'), NULL, true),
 ('tuyengiao', 'Phùng Minh Ngân (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'STAFF', (SELECT id FROM board WHERE code = 'TUYEN_GIAO'), NULL, true),
 ('kiemtra', 'Trần Đức Kiên (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'STAFF', (SELECT id FROM board WHERE code = 'KIEM_TRA'), NULL, true),
 ('danvan', 'Lê Thu Dân (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'STAFF', (SELECT id FROM board WHERE code = 'DAN_VAN'), NULL, true),
 ('vanphong', 'Đỗ Văn Phong (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'STAFF', (SELECT id FROM board WHERE code = 'VAN_PHONG'), NULL, true),
 ('lanhdao', 'Hoàng Quốc Đạo (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'LEADER', NULL, NULL, true),
 ('bithu01', 'Bùi Thu Ánh (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-01'), true),
 ('bithu02', 'Lê Thanh Nam (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-02'), true),
 ('bithu03', 'Ngô Hải Tâm (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-03'), true),
 ('bithu04', 'Hoàng Minh Đạt (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-04'), true),
 ('bithu05', 'Lý Quốc Trung (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-05'), true),
 ('bithu06', 'Đặng Ngọc Giang (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-06'), true),
 ('bithu07', 'Trần Văn Duyên (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-07'), true),
 ('bithu08', 'Đỗ Đức Anh (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-08'), true),
 ('bithu09', 'Phạm Hữu Mai (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-09'), true),
 ('bithu10', 'Dương Thị Sơn (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-10'), true),
 ('bithu11', 'Vũ Thu Yến (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-11'), true),
 ('bithu12', 'Nguyễn Thanh Thảo (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-12'), true),
 ('bithu13', 'Bùi Hải Hùng (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-13'), true),
 ('bithu14', 'Lê Minh Cường (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-14'), true),
 ('bithu15', 'Ngô Quốc Hà (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-15'), true),
 ('bithu16', 'Hoàng Ngọc Khánh (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-16'), true),
 ('bithu17', 'Lý Văn Quang (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-17'), true),
 ('bithu18', 'Đặng Đức Xuân (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-18'), true),
 ('bithu19', 'Trần Hữu Nga (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-19'), true),
 ('bithu20', 'Đỗ Thị Linh (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-20'), true),
 ('bithu21', 'Phạm Thu Hòa (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-21'), true),
 ('bithu22', 'Dương Thanh Châu (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-22'), true),
 ('bithu23', 'Vũ Hải Hương (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-23'), true),
 ('bithu24', 'Nguyễn Minh Phúc (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-24'), true),
 ('bithu25', 'Bùi Quốc Vinh (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-25'), true),
 ('bithu26', 'Lê Ngọc Long (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-26'), true),
 ('bithu27', 'Ngô Văn Tuấn (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-27'), true),
 ('bithu28', 'Hoàng Đức Thắng (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-28'), true),
 ('bithu29', 'Lý Hữu Bình (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-29'), true),
 ('bithu30', 'Đặng Thị Dũng (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-30'), true),
 ('bithu31', 'Trần Thu Oanh (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-31'), true),
 ('bithu32', 'Đỗ Thanh Uyên (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-32'), true),
 ('bithu33', 'Phạm Hải Hạnh (mẫu)', 'PBKDF2WithHmacSHA256:210000:I0ZJay0JoCdpPO5IgI5d7F9jDx6OBbVmj6ZGx6CGwMI=:qusKQkl2fFJLOUicxwRqSxv9fUWN6ui1LEx0ApmiFiI=', 'SECRETARY', NULL, (SELECT id FROM organisation WHERE code = 'MAU-HCSN-33'), true);
