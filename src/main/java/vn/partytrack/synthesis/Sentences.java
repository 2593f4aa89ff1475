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
