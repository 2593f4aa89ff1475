-- Public holidays (ngày nghỉ lễ, Tết) that the admission deadlines skip: WorkingDays counts Monday to Friday and
-- leaves out every day of this table. Only weekdays off matter (a Saturday or Sunday is never a working day here);
-- the compensating working Saturdays (làm bù) are not counted as working days. "estimate" marks a day whose official
-- schedule was not known when this was written: check it against the government's announcement and correct it
-- (see the README, "Candidates for admission": how staff add or correct a day).
CREATE TABLE public_holiday (
    day      date PRIMARY KEY,
    name_vi  varchar(120) NOT NULL,
    name_en  varchar(120) NOT NULL,
    estimate boolean NOT NULL DEFAULT false
);

INSERT INTO public_holiday (day, name_vi, name_en, estimate) VALUES
-- 2024 (official schedule)
('2024-01-01', 'Tết Dương lịch', 'New Year''s Day', false),
('2024-02-08', 'Tết Nguyên đán Giáp Thìn', 'Lunar New Year (Tết)', false),
('2024-02-09', 'Tết Nguyên đán Giáp Thìn', 'Lunar New Year (Tết)', false),
('2024-02-12', 'Tết Nguyên đán Giáp Thìn', 'Lunar New Year (Tết)', false),
('2024-02-13', 'Tết Nguyên đán Giáp Thìn', 'Lunar New Year (Tết)', false),
('2024-02-14', 'Tết Nguyên đán Giáp Thìn', 'Lunar New Year (Tết)', false),
('2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings'' Commemoration', false),
('2024-04-29', 'Nghỉ hoán đổi dịp 30/4 (làm bù thứ Bảy 04/5)', 'Day off swapped for Reunification Day (worked Saturday 4 May)', false),
('2024-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day', false),
('2024-05-01', 'Ngày Quốc tế Lao động', 'International Workers'' Day', false),
('2024-09-02', 'Quốc khánh', 'National Day', false),
('2024-09-03', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', false),
-- 2025 (official schedule)
('2025-01-01', 'Tết Dương lịch', 'New Year''s Day', false),
('2025-01-27', 'Tết Nguyên đán Ất Tỵ', 'Lunar New Year (Tết)', false),
('2025-01-28', 'Tết Nguyên đán Ất Tỵ', 'Lunar New Year (Tết)', false),
('2025-01-29', 'Tết Nguyên đán Ất Tỵ', 'Lunar New Year (Tết)', false),
('2025-01-30', 'Tết Nguyên đán Ất Tỵ', 'Lunar New Year (Tết)', false),
('2025-01-31', 'Tết Nguyên đán Ất Tỵ', 'Lunar New Year (Tết)', false),
('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings'' Commemoration', false),
('2025-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day', false),
('2025-05-01', 'Ngày Quốc tế Lao động', 'International Workers'' Day', false),
('2025-05-02', 'Nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 17/5)', 'Day off swapped for 30 April - 1 May (worked Saturday 17 May)', false),
('2025-09-01', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', false),
('2025-09-02', 'Quốc khánh', 'National Day', false),
-- 2026: New Year, Hùng Kings (10/3 lunar is Sunday 26/4, so the Monday is off in lieu), 30/4 and 1/5 follow the law and
-- the lunar calendar. Tết (day 1 is Tuesday 17/2; reported as 14/2 to 22/2, the five weekdays 16/2 to 20/2) and the
-- National Day's adjacent day (1/9 or 3/9) could not be checked against the official text here: estimates
('2026-01-01', 'Tết Dương lịch', 'New Year''s Day', false),
('2026-02-16', 'Tết Nguyên đán Bính Ngọ (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2026-02-17', 'Tết Nguyên đán Bính Ngọ (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2026-02-18', 'Tết Nguyên đán Bính Ngọ (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2026-02-19', 'Tết Nguyên đán Bính Ngọ (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2026-02-20', 'Tết Nguyên đán Bính Ngọ (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/4)', 'Hung Kings'' Commemoration (in lieu of Sunday 26 April)', false),
('2026-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day', false),
('2026-05-01', 'Ngày Quốc tế Lao động', 'International Workers'' Day', false),
('2026-09-01', 'Quốc khánh (ngày liền kề, ước tính)', 'National Day (adjacent day, estimate)', true),
('2026-09-02', 'Quốc khánh', 'National Day', false),
-- 2027: not announced when this was written. Tết Đinh Mùi day 1 is Saturday 6/2: the five weekdays around it are an
-- estimate (29 Tết to mùng 5); Hùng Kings 10/3 lunar is Friday 16/4; 1/5 is a Saturday, so the Monday is off in lieu;
-- the National Day's adjacent day (3/9) is an estimate
('2027-01-01', 'Tết Dương lịch', 'New Year''s Day', false),
('2027-02-04', 'Tết Nguyên đán Đinh Mùi (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2027-02-05', 'Tết Nguyên đán Đinh Mùi (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2027-02-08', 'Tết Nguyên đán Đinh Mùi (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2027-02-09', 'Tết Nguyên đán Đinh Mùi (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2027-02-10', 'Tết Nguyên đán Đinh Mùi (ước tính)', 'Lunar New Year (Tết, estimate)', true),
('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, ước tính)', 'Hung Kings'' Commemoration (estimate)', true),
('2027-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day', false),
('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 là thứ Bảy)', 'International Workers'' Day (in lieu of Saturday 1 May)', false),
('2027-09-02', 'Quốc khánh', 'National Day', false),
('2027-09-03', 'Quốc khánh (ngày liền kề, ước tính)', 'National Day (adjacent day, estimate)', true);
