package vn.partytrack.synthesis;

import vn.partytrack.platform.VietnameseFormat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of a synthesis report, in the wording Party reports use: "100% các đơn vị …" when every unit did
 * something, "k/n đơn vị (p%) …; còn m đơn vị chưa …: danh sách" otherwise, and numbers written 20.179 and 99,8%.
 */
public final class Sentences {

    static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Sentences() {
    }

    /** Dissemination of one document across the units it was assigned to. */
    public static String disseminated(String document, int done, int assigned, List<String> missing) {
        if (assigned == 0) {
            return "Văn bản " + document + " chưa được giao cho đơn vị nào.";
        }
        if (done == assigned) {
            return "100% các đơn vị nghiêm túc tổ chức quán triệt, triển khai thực hiện " + document + " tới từng cán bộ, đảng viên.";
        }
        if (done == 0) {
            return "Chưa có đơn vị nào tổ chức quán triệt " + document + " (" + number(assigned) + " đơn vị được giao).";
        }
        return share(done, assigned) + " tổ chức quán triệt, triển khai thực hiện " + document
                + "; còn " + number(missing.size()) + " đơn vị chưa thực hiện: " + String.join(", ", missing) + ".";
    }

    /** Submission of the period's reports. */
    public static String reports(int submitted, int onTime, int units, List<String> missing) {
        if (units == 0) {
            return "Không có đơn vị nào phải báo cáo.";
        }
        if (submitted == units && onTime == units) {
            return "100% các đơn vị gửi báo cáo đúng hạn.";
        }
        String sentence = share(submitted, units) + " gửi báo cáo, trong đó " + number(onTime) + " đơn vị gửi đúng hạn";
        return missing.isEmpty() ? sentence + "." : sentence + "; còn " + number(missing.size()) + " đơn vị chưa gửi: " + String.join(", ", missing) + ".";
    }

    /** The congress of the term; {@code committee} is the committee that set the schedule ("Quận ủy Hai Bà Trưng"). */
    public static String congress(int held, int onSchedule, int units, List<String> notHeld, String committee) {
        if (units == 0) {
            return "";
        }
        if (held == 0) {
            return "Chưa có đơn vị nào tổ chức đại hội.";
        }
        String sentence = number(held) + "/" + number(units) + " đơn vị tổ chức thành công Đại hội Đảng bộ (chi bộ), đảm bảo đúng quy định";
        if (onSchedule == units) {
            return sentence + ", đúng tiến độ " + committee + " giao.";
        }
        sentence += "; " + number(onSchedule) + " đơn vị đúng tiến độ";
        if (held > onSchedule) {
            sentence += ", " + number(held - onSchedule) + " đơn vị tổ chức muộn hơn kế hoạch";
        }
        if (!notHeld.isEmpty()) {
            sentence += "; còn " + number(notHeld.size()) + " đơn vị chưa tổ chức: " + String.join(", ", notHeld);
        }
        return sentence + ".";
    }

    /** Admissions against the target, and members made full. */
    public static String admissions(long admitted, long target, long madeFull) {
        String sentence = "Kết nạp " + number(admitted) + " đảng viên mới";
        if (target > 0) {
            sentence += ", đạt " + VietnameseFormat.percent((double) admitted / target, VI) + " chỉ tiêu";
        }
        return sentence + "; công nhận chính thức " + number(madeFull) + " đồng chí.";
    }

    /** Members and organisations inspected are two figures, never summed. */
    public static String inspections(long members, long organisations, long supervisions) {
        return "Kiểm tra " + number(members) + " đảng viên; kiểm tra " + number(organisations) + " tổ chức đảng; giám sát chuyên đề "
                + number(supervisions) + " cuộc.";
    }

    public static String meetings(long held, long required) {
        if (required == 0) {
            return "";
        }
        return "Các chi bộ tổ chức " + number(held) + "/" + number(required) + " kỳ sinh hoạt thường kỳ ("
                + VietnameseFormat.percent((double) held / required, VI) + ").";
    }

    /** "{s} đơn vị nêu {d} khó khăn, vướng mắc và {k} kiến nghị". */
    public static String difficulties(int units, int difficulties, int proposals) {
        if (units == 0) {
            return "Các đơn vị không nêu khó khăn, vướng mắc.";
        }
        return "Có " + number(units) + " đơn vị nêu " + number(difficulties) + " khó khăn, vướng mắc và " + number(proposals) + " đề xuất, kiến nghị:";
    }

    /** "Hội nghị giao ban ngày … do đồng chí … chủ trì, có k/n đơn vị (p%) tham dự." */
    public static String meeting(LocalDate heldOn, String chair, int present, int units) {
        String sentence = "Hội nghị giao ban ngày " + date(heldOn) + " do đồng chí "
                + chair.strip().replaceFirst("(?iu)^đồng chí\\s+", "") + " chủ trì";
        if (units == 0 || present == 0) {
            return sentence + ".";
        }
        return sentence + (present >= units ? ", 100% các đơn vị tham dự." : ", có " + share(present, units) + " tham dự.");
    }

    /** One concluding task and how far the units it was given to have done it. */
    public static String task(String body, LocalDate deadline, int done, int assigned, List<String> notDone) {
        String sentence = body.strip().replaceAll("[.;]+$", "") + " (thời hạn " + date(deadline) + ")";
        if (assigned == 0) {
            return sentence + ".";
        }
        if (done == assigned) {
            return sentence + ": 100% các đơn vị đã hoàn thành.";
        }
        if (done == 0) {
            return sentence + ": chưa có đơn vị nào báo cáo hoàn thành (" + number(assigned) + " đơn vị được giao).";
        }
        return sentence + ": " + share(done, assigned) + " đã hoàn thành; còn " + number(notDone.size()) + " đơn vị chưa hoàn thành: "
                + String.join(", ", notDone) + ".";
    }

    /** "Dự hội nghị có đại diện Ban Tổ chức, Ban Tuyên giáo và Văn phòng." */
    public static String boardsPresent(List<String> boards) {
        if (boards.isEmpty()) {
            return "";
        }
        String list = boards.size() == 1 ? boards.get(0)
                : String.join(", ", boards.subList(0, boards.size() - 1)) + " và " + boards.get(boards.size() - 1);
        return "Dự hội nghị có đại diện " + list + ".";
    }

    /** "Hội nghị ghi nhận ý kiến của 06 đồng chí đại diện các đơn vị trình bày khó khăn, vướng mắc." */
    public static String raisedAtMeeting(int units) {
        if (units == 0) {
            return "";
        }
        return "Hội nghị ghi nhận ý kiến của " + String.format("%02d", units) + " đồng chí đại diện các đơn vị trình bày khó khăn, vướng mắc.";
    }

    /** The four levels as Party reports name them, best first. */
    static final List<String> LEVEL_NAMES = List.of("hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ",
            "không hoàn thành nhiệm vụ");

    /**
     * The grassroots organisations rated: "100% các tổ chức cơ sở đảng (42 tổ chức) được đánh giá, xếp loại chất lượng;
     * trong đó: hoàn thành xuất sắc nhiệm vụ 8 tổ chức (19%), …", or "40/42 tổ chức (95,2%) …; còn 2 tổ chức chưa có
     * quyết định xếp loại: A, B." {@code levels}: the counts at each level, best first (shares of those rated).
     */
    public static String ratedOrganisations(int units, int[] levels, List<String> undecided) {
        int rated = java.util.Arrays.stream(levels).sum();
        if (units == 0) {
            return "Không có tổ chức cơ sở đảng nào phải đánh giá, xếp loại.";
        }
        if (rated == 0) {
            return "Chưa có tổ chức cơ sở đảng nào được quyết định xếp loại chất lượng (" + number(units) + " tổ chức).";
        }
        String sentence = (rated == units ? "100% các tổ chức cơ sở đảng (" + number(units) + " tổ chức)"
                : number(rated) + "/" + number(units) + " tổ chức cơ sở đảng (" + VietnameseFormat.percent((double) rated / units, VI) + ")")
                + " được đánh giá, xếp loại chất lượng; trong đó: " + levels(levels, rated, "tổ chức");
        return undecided.isEmpty() ? sentence + "."
                : sentence + "; còn " + number(undecided.size()) + " tổ chức chưa có quyết định xếp loại: " + String.join(", ", undecided) + ".";
    }

    /** The year against the one before: "So với năm 2024, số tổ chức hoàn thành xuất sắc nhiệm vụ tăng 2, …". */
    public static String againstPreviousYear(int previousYear, int[] levels, int[] previous) {
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            int change = levels[i] - previous[i];
            parts.add("số tổ chức " + LEVEL_NAMES.get(i) + (change == 0 ? " không thay đổi" : change > 0 ? " tăng " + number(change) : " giảm " + number(-change))
                    + " (năm " + previousYear + ": " + number(previous[i]) + ")");
        }
        return "So với năm " + previousYear + ", " + String.join("; ", parts) + ".";
    }

    /** "Có 2 tổ chức … từ hai năm liền trở lên …: A (3 năm liền), B (2 năm liền)." {@code units}: name and years. */
    public static String excellentRunning(List<java.util.Map.Entry<String, Integer>> units) {
        if (units.isEmpty()) {
            return "Không có tổ chức cơ sở đảng nào hoàn thành xuất sắc nhiệm vụ từ hai năm liền trở lên.";
        }
        return "Có " + number(units.size()) + " tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ từ hai năm liền trở lên, đề nghị xem xét "
                + "công nhận tổ chức cơ sở đảng \u201ctrong sạch, vững mạnh tiêu biểu\u201d: "
                + String.join(", ", units.stream().map(u -> u.getKey() + " (" + u.getValue() + " năm liền)").toList()) + ".";
    }

    public static String notCompleted(List<String> units) {
        if (units.isEmpty()) {
            return "Không có tổ chức cơ sở đảng nào không hoàn thành nhiệm vụ.";
        }
        return "Có " + number(units.size()) + " tổ chức cơ sở đảng không hoàn thành nhiệm vụ: " + String.join(", ", units) + ".";
    }

    /**
     * The members rated, from the counts of the rated organisations: "Tổng số đảng viên được đánh giá, xếp loại là
     * 1.234 đồng chí; trong đó: …; 12 đồng chí được miễn đánh giá, 3 đồng chí chưa đánh giá."
     */
    public static String ratedMembers(int[] levels, long exempted, long notReviewed) {
        long rated = java.util.Arrays.stream(levels).asLongStream().sum();
        if (rated == 0) {
            return "Chưa có số liệu đánh giá, xếp loại đảng viên.";
        }
        String sentence = "Tổng số đảng viên được đánh giá, xếp loại là " + number(rated) + " đồng chí; trong đó: " + levels(levels, rated, "đồng chí");
        List<String> others = new java.util.ArrayList<>();
        if (exempted > 0) {
            others.add(number(exempted) + " đồng chí được miễn đánh giá");
        }
        if (notReviewed > 0) {
            others.add(number(notReviewed) + " đồng chí chưa đánh giá");
        }
        return sentence + (others.isEmpty() ? "." : "; " + String.join(", ", others) + ".");
    }

    /** The member quota: HTXS at most {@code percent}% of HTT in each organisation, and where it was exceeded. */
    public static String memberQuota(String percent, List<String> exceeded) {
        String rule = "số đảng viên hoàn thành xuất sắc nhiệm vụ không vượt quá " + percent + "% số đảng viên hoàn thành tốt nhiệm vụ";
        if (exceeded.isEmpty()) {
            return "Tất cả các tổ chức cơ sở đảng bảo đảm " + rule + ".";
        }
        return "Có " + number(exceeded.size()) + " tổ chức cơ sở đảng có " + rule.replace("không vượt quá", "vượt quá") + ": "
                + String.join(", ", exceeded) + ".";
    }

    private static String levels(int[] levels, long of, String unit) {
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            parts.add(LEVEL_NAMES.get(i) + " " + number(levels[i]) + " " + unit + " (" + VietnameseFormat.percent((double) levels[i] / of, VI) + ")");
        }
        return String.join(", ", parts);
    }

    /** A date as Party documents write it in a sentence: 09/7/2020, 15/6/2020. */
    public static String date(LocalDate d) {
        return String.format("%02d/%d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    static String share(int done, int of) {
        return number(done) + "/" + number(of) + " đơn vị (" + VietnameseFormat.percent((double) done / of, VI) + ")";
    }

    static String number(long n) {
        return VietnameseFormat.number(n, VI);
    }
}
