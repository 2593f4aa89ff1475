-- The sections of a six-month or annual report and the indicator catalogue (DOMAIN.md §4 and §7).
-- Administrators may add indicators and rules as rows; codes are stable keys used by reports.

INSERT INTO report_section (code, name_vi, name_en, hint_vi, hint_en, narrative, sort_order) VALUES
 ('SITUATION',    'Đặc điểm tình hình', 'Situation',
  'Tình hình đơn vị, đảng viên, chi bộ; thuận lợi, khó khăn.', 'The unit, its members and cells; advantages and difficulties.', true, 10),
 ('POLITICAL',    'Công tác chính trị, tư tưởng', 'Political and ideological work',
  'Học tập, quán triệt chỉ thị, nghị quyết; thực hiện Chỉ thị 05-CT/TW; tình hình tư tưởng.', 'Dissemination of directives and resolutions; Directive 05-CT/TW; the ideological situation.', true, 20),
 ('ORGANISATION', 'Công tác tổ chức, xây dựng Đảng', 'Organisation and Party building',
  'Đảng viên, kết nạp, chuyển sinh hoạt; sinh hoạt chi bộ.', 'Members, admissions, transfers; cell meetings.', true, 30),
 ('INSPECTION',   'Công tác kiểm tra, giám sát, kỷ luật', 'Inspection, supervision and discipline',
  'Kiểm tra, giám sát theo chương trình và khi có dấu hiệu vi phạm; thi hành kỷ luật.', 'Inspections and supervision, routine and on signs of violation; discipline.', true, 40),
 ('DEMOCRACY',    'Thực hiện Quy chế dân chủ ở cơ sở', 'The Regulation on Democracy at the workplace',
  'Hội nghị cán bộ, công chức, viên chức; công khai, minh bạch.', 'The annual staff conference; disclosure.', true, 50),
 ('PROFESSIONAL', 'Lãnh đạo thực hiện nhiệm vụ chính trị, chuyên môn', 'Leading the professional tasks',
  'Kết quả nhiệm vụ chuyên môn của cơ quan, đơn vị; các đoàn thể.', 'The host unit''s professional results; mass organisations.', true, 60),
 ('ASSESSMENT',   'Đánh giá chung', 'Overall assessment',
  'Ưu điểm, hạn chế và nguyên nhân.', 'Strengths, limitations and their causes.', true, 70),
 ('NEXT_TASKS',   'Phương hướng, nhiệm vụ kỳ tới', 'Tasks for the next period', NULL, NULL, true, 80);

INSERT INTO indicator (code, section_code, label_vi, label_en, unit_vi, unit_en, value_kind, min_value, max_value, required, prefill, sort_order) VALUES
 ('DISSEMINATION_SESSIONS',  'POLITICAL', 'Số buổi học tập, quán triệt chỉ thị, nghị quyết', 'Dissemination sessions held', 'buổi', 'sessions', 'COUNT', 0, 1000, true, NULL, 10),
 ('DISSEMINATION_ATTENDANCE','POLITICAL', 'Tỷ lệ đảng viên tham gia học tập, quán triệt', 'Members attending dissemination', '%', '%', 'PERCENT', 0, 100, true, NULL, 20),
 ('DIRECTIVE05_MODELS',      'POLITICAL', 'Mô hình, điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'Models and exemplary people under Directive 05', 'mô hình', 'models', 'COUNT', 0, 1000, false, NULL, 30),

 ('MEMBERS_TOTAL',           'ORGANISATION', 'Tổng số đảng viên', 'Members, total', 'người', 'people', 'COUNT', 0, 1000000, true, 'REGISTRY_TOTAL', 100),
 ('MEMBERS_FULL',            'ORGANISATION', 'Đảng viên chính thức', 'Full members', 'người', 'people', 'COUNT', 0, 1000000, true, 'REGISTRY_FULL', 110),
 ('MEMBERS_PROBATIONARY',    'ORGANISATION', 'Đảng viên dự bị', 'Probationary members', 'người', 'people', 'COUNT', 0, 1000000, true, 'REGISTRY_PROBATIONARY', 120),
 ('MEMBERS_FEMALE',          'ORGANISATION', 'Đảng viên nữ', 'Female members', 'người', 'people', 'COUNT', 0, 1000000, true, 'PREVIOUS', 130),
 ('ADMISSION_TARGET',        'ORGANISATION', 'Chỉ tiêu kết nạp đảng viên', 'Admission target', 'người', 'people', 'COUNT', 0, 10000, false, 'PREVIOUS', 140),
 ('ADMITTED',                'ORGANISATION', 'Kết nạp đảng viên mới', 'New members admitted', 'người', 'people', 'COUNT', 0, 10000, true, NULL, 150),
 ('MADE_FULL',               'ORGANISATION', 'Công nhận đảng viên chính thức', 'Made full members', 'người', 'people', 'COUNT', 0, 10000, true, NULL, 160),
 ('TRANSFERRED_IN',          'ORGANISATION', 'Chuyển sinh hoạt đến', 'Transferred in', 'người', 'people', 'COUNT', 0, 10000, false, NULL, 170),
 ('TRANSFERRED_OUT',         'ORGANISATION', 'Chuyển sinh hoạt đi', 'Transferred out', 'người', 'people', 'COUNT', 0, 10000, false, NULL, 180),
 ('REMOVED',                 'ORGANISATION', 'Xóa tên, khai trừ, từ trần', 'Removed, expelled or deceased', 'người', 'people', 'COUNT', 0, 10000, false, NULL, 190),
 ('MEETINGS_REQUIRED',       'ORGANISATION', 'Số kỳ sinh hoạt chi bộ thường kỳ phải tổ chức', 'Regular cell meetings required', 'kỳ', 'meetings', 'COUNT', 0, 10000, true, NULL, 200),
 ('MEETINGS_HELD',           'ORGANISATION', 'Số kỳ sinh hoạt chi bộ thường kỳ đã tổ chức', 'Regular cell meetings held', 'kỳ', 'meetings', 'COUNT', 0, 10000, true, NULL, 210),
 ('MEETINGS_THEMATIC',       'ORGANISATION', 'Số buổi sinh hoạt chuyên đề', 'Thematic cell meetings held', 'buổi', 'meetings', 'COUNT', 0, 10000, true, NULL, 220),
 ('MEETING_ATTENDANCE',      'ORGANISATION', 'Tỷ lệ đảng viên dự sinh hoạt bình quân', 'Average attendance at cell meetings', '%', '%', 'PERCENT', 0, 100, true, NULL, 230),

 ('INSPECTED_MEMBERS',       'INSPECTION', 'Kiểm tra đảng viên', 'Members inspected', 'đồng chí', 'members', 'COUNT', 0, 10000, true, NULL, 300),
 ('INSPECTED_ORGANISATIONS', 'INSPECTION', 'Kiểm tra tổ chức đảng', 'Party organisations inspected', 'tổ chức', 'organisations', 'COUNT', 0, 10000, false, NULL, 310),
 ('SUPERVISIONS',            'INSPECTION', 'Giám sát chuyên đề', 'Thematic supervisions', 'cuộc', 'sessions', 'COUNT', 0, 10000, true, NULL, 320),
 ('DISCIPLINE_REPRIMAND',    'INSPECTION', 'Kỷ luật khiển trách', 'Reprimands', 'đồng chí', 'members', 'COUNT', 0, 10000, false, NULL, 330),
 ('DISCIPLINE_WARNING',      'INSPECTION', 'Kỷ luật cảnh cáo', 'Warnings', 'đồng chí', 'members', 'COUNT', 0, 10000, false, NULL, 340),
 ('DISCIPLINE_DISMISSAL',    'INSPECTION', 'Kỷ luật cách chức', 'Removals from post', 'đồng chí', 'members', 'COUNT', 0, 10000, false, NULL, 350),
 ('DISCIPLINE_EXPULSION',    'INSPECTION', 'Kỷ luật khai trừ', 'Expulsions', 'đồng chí', 'members', 'COUNT', 0, 10000, false, NULL, 360),

 ('STAFF_CONFERENCE_DATE',   'DEMOCRACY', 'Ngày tổ chức hội nghị cán bộ, công chức, viên chức', 'Date of the annual staff conference', '', '', 'DATE', NULL, NULL, false, NULL, 400);

INSERT INTO indicator_rule (code, left_expr, operator, right_expr, field, message_vi, message_en) VALUES
 ('MEMBERS_ADD_UP', 'MEMBERS_FULL + MEMBERS_PROBATIONARY', 'EQ', 'MEMBERS_TOTAL', 'MEMBERS_TOTAL',
  'Tổng số đảng viên phải bằng số chính thức cộng số dự bị.', 'The total must equal full plus probationary members.'),
 ('FEMALE_WITHIN_TOTAL', 'MEMBERS_FEMALE', 'LE', 'MEMBERS_TOTAL', 'MEMBERS_FEMALE',
  'Số đảng viên nữ không thể lớn hơn tổng số đảng viên.', 'Female members cannot exceed the total.'),
 ('ADMITTED_ARE_PROBATIONARY', 'ADMITTED', 'LE', 'MEMBERS_PROBATIONARY', 'ADMITTED',
  'Đảng viên mới kết nạp trong kỳ vẫn là dự bị: số kết nạp không thể lớn hơn số đảng viên dự bị.', 'Members admitted in the period are still probationary: admissions cannot exceed probationary members.'),
 ('HELD_WITHIN_MEMBERS', 'INSPECTED_MEMBERS', 'LE', 'MEMBERS_TOTAL', 'INSPECTED_MEMBERS',
  'Số đảng viên được kiểm tra không thể lớn hơn tổng số đảng viên.', 'Members inspected cannot exceed the total.'),
 ('MEETINGS_WITHIN_REQUIRED', 'MEETINGS_HELD', 'LE', 'MEETINGS_REQUIRED', 'MEETINGS_HELD',
  'Số kỳ sinh hoạt thường kỳ đã tổ chức không thể vượt số kỳ phải tổ chức (buổi bổ sung ghi vào sinh hoạt chuyên đề).', 'Regular meetings held cannot exceed those required (record extra ones as thematic).');
