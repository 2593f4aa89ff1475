package vn.partytrack.bench;

import java.text.Normalizer;
import java.util.SplittableRandom;

/**
 * Fictional Vietnamese names for the national dataset. Provinces and district-level committees carry the word "Mẫu"
 * (sample) so that no generated committee can be mistaken for a real one; people are random combinations of common
 * family, middle and given names.
 */
final class NationalNames {

    private NationalNames() {
    }

    private static final String[] PLACE_FIRST = {
        "An", "Bình", "Phú", "Tân", "Hòa", "Long", "Vĩnh", "Hưng", "Thuận", "Phước", "Quảng", "Trường", "Lạc", "Mỹ",
        "Hải", "Sơn", "Thanh", "Kim", "Ngọc", "Đông", "Tây", "Gia", "Hoài", "Yên", "Cẩm", "Lam", "Bảo", "Đức", "Xuân",
        "Thạch"};

    private static final String[] PLACE_SECOND = {
        "Bình", "Lâm", "Hòa", "Phú", "Yên", "Thịnh", "Xuân", "Giang", "Điền", "Khánh", "Lộc", "Thành", "Đức", "Hiệp",
        "Ninh", "Hương", "Lợi", "Sơn", "Trung", "Định", "Hà", "Nguyên", "Quang", "Tường", "Vân", "Châu", "Mỹ", "Thủy",
        "An", "Phong"};

    /** Names of schools, clinics and firms, in the manner of the sample data. */
    private static final String[] QUALIFIERS = {
        "Hoa Sữa", "Sơn Ca", "Ánh Dương", "Bình Minh", "Đông Hồ", "Thanh Lam", "Hồng Hà", "Tân Lập", "Hương Giang",
        "Phương Nam", "Bách Việt", "Họa Mi", "Cầu Vồng", "Hoa Mai", "Sao Mai", "Hoa Sen", "Thanh Bình", "An Lạc",
        "Hòa Bình", "Tuổi Thơ", "Trúc Xanh", "Bạch Đằng", "Chi Lăng", "Đồng Tâm", "Kim Liên", "Lạc Hồng", "Măng Non",
        "Ngọc Lan", "Phù Đổng", "Sông Hồng", "Thăng Long", "Văn Lang", "Việt Hưng", "Xuân Mai", "Yên Hòa", "Trường Sơn",
        "Tây Sơn", "Lam Sơn", "Hướng Dương", "Bông Sen", "Hoàng Mai", "Thành Công", "Tiến Bộ", "Đoàn Kết", "Hợp Nhất"};

    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ", "Lương", "Kiều", "Phùng", "Đào"};

    private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Minh", "Đức", "Quốc", "Thanh", "Ngọc", "Hải", "Xuân", "Công", "Đình"};

    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Thúy", "Phương", "Kim", "Hải"};

    private static final String[] GIVEN_MALE = {
        "An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hùng", "Hải", "Hiếu", "Khánh", "Kiên", "Long", "Minh", "Nam",
        "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vinh", "Việt", "Toàn", "Thành", "Lâm", "Huy"};

    private static final String[] GIVEN_FEMALE = {
        "Anh", "Ánh", "Châu", "Dung", "Duyên", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hương", "Lan", "Linh", "Loan",
        "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Uyên", "Vân", "Yến", "Xuân", "Thủy"};

    /** A two-syllable place name such as "Tân Lộc"; the index picks a distinct pair for the first 870 indices. */
    static String place(int index) {
        int a = index % PLACE_FIRST.length;
        int b = (index / PLACE_FIRST.length + a * 7) % PLACE_SECOND.length;
        if (PLACE_FIRST[a].equals(PLACE_SECOND[b])) {
            b = (b + 1) % PLACE_SECOND.length;
        }
        return PLACE_FIRST[a] + " " + PLACE_SECOND[b];
    }

    static String place(SplittableRandom r) {
        return place(r.nextInt(PLACE_FIRST.length * PLACE_SECOND.length));
    }

    static String qualifier(SplittableRandom r) {
        return pick(QUALIFIERS, r);
    }

    static String person(SplittableRandom r) {
        boolean female = r.nextInt(100) < 42;
        return nfc(pick(FAMILY, r) + " " + (female ? pick(MIDDLE_FEMALE, r) : pick(MIDDLE_MALE, r)) + " "
                + (female ? pick(GIVEN_FEMALE, r) : pick(GIVEN_MALE, r)));
    }

    static String pick(String[] values, SplittableRandom r) {
        return values[r.nextInt(values.length)];
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
