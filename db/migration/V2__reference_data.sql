-- Reference data that every installation starts with. Administrators may add rows; codes are stable keys.

INSERT INTO organisation_type (code, name_vi, name_en, grassroots, has_subordinates, sort_order) VALUES
 ('CAP_TREN_CO_SO',    'Cấp ủy cấp trên cơ sở', 'Superior Party committee',          false, true,  10),
 ('DANG_BO_KHOI',      'Đảng bộ khối',           'Bloc Party organisation',           false, true,  20),
 ('DANG_BO_CO_SO',     'Đảng bộ cơ sở',          'Grassroots Party organisation',     true,  true,  30),
 ('CHI_BO_CO_SO',      'Chi bộ cơ sở',           'Grassroots Party cell',             true,  false, 40),
 ('DANG_BO_BO_PHAN',   'Đảng bộ bộ phận',        'Intermediate Party branch',         false, true,  50),
 ('CHI_BO_TRUC_THUOC', 'Chi bộ trực thuộc',      'Subordinate Party cell',            false, false, 60);

INSERT INTO bloc (code, name_vi, name_en, sort_order) VALUES
 ('HCSN',         'Khối Hành chính sự nghiệp', 'Administrative and Public-Service bloc', 10),
 ('PHUONG',       'Khối Phường',               'Ward bloc',                              20),
 ('DOANH_NGHIEP', 'Khối Doanh nghiệp',         'Enterprise bloc',                        30),
 ('LLVT',         'Khối Lực lượng vũ trang',   'Armed forces bloc',                      40);

INSERT INTO sector (code, name_vi, name_en, sort_order) VALUES
 ('GIAO_DUC', 'Giáo dục',           'Education',           10),
 ('Y_TE',     'Y tế',               'Health',              20),
 ('NCKH',     'Nghiên cứu khoa học', 'Scientific research', 30),
 ('NOI_CHINH','Nội chính',          'Internal affairs',    40),
 ('VAN_HOA',  'Văn hóa',            'Culture',             50),
 ('KINH_TE',  'Kinh tế, tài chính', 'Economy and finance', 60),
 ('HANH_CHINH','Hành chính',        'Public administration', 70),
 ('KHAC',     'Khác',               'Other',               90);

INSERT INTO board (code, name_vi, name_en, sort_order) VALUES
 ('TO_CHUC',    'Ban Tổ chức',     'Organisation Board',               10),
 ('TUYEN_GIAO', 'Ban Tuyên giáo',  'Propaganda and Education Board',   20),
 ('KIEM_TRA',   'Ủy ban Kiểm tra', 'Inspection Commission',            30),
 ('DAN_VAN',    'Ban Dân vận',     'Mass Mobilisation Board',          40),
 ('VAN_PHONG',  'Văn phòng',       'Office',                           50);
