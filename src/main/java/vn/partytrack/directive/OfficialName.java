package vn.partytrack.directive;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How generated text names a document, by its kind, number, issuing body and title, never by a catalogue code:
 * "Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh …", "Nghị quyết Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVI",
 * "Chuyên đề năm 2020 “Tăng cường khối đại đoàn kết …”".
 */
public final class OfficialName {

    /** The shape of a Party document number: "05-CT/TW", "35-NQ/TW", "12-KH/ĐU", "01a-HD/BTCTW". */
    static final Pattern OFFICIAL_NUMBER = Pattern.compile("^[0-9]+[A-Za-z]?-\\p{L}+/[\\p{L}\\p{N}]+.*");

    private static final Locale VI = Locale.forLanguageTag("vi");

    private OfficialName() {
    }

    /** Whether a number looks like an official document number rather than a catalogue code. */
    public static boolean looksOfficial(String number) {
        return number != null && OFFICIAL_NUMBER.matcher(number.strip()).matches();
    }

    /** How Party documents name the kind in a sentence. */
    public static String kindLabel(DirectiveKind kind) {
        return switch (kind) {
            case CHI_THI -> "Chỉ thị";
            case NGHI_QUYET -> "Nghị quyết";
            case KET_LUAN -> "Kết luận";
            case QUY_DINH -> "Quy định";
            case HUONG_DAN -> "Hướng dẫn";
            case KE_HOACH -> "Kế hoạch";
            case CHUYEN_DE -> "Chuyên đề";
        };
    }

    public static String of(DirectiveKind kind, String number, boolean numbered, String issuingBody, LocalDate issuedOn, String title) {
        String label = kindLabel(kind);
        String t = title == null ? "" : title.strip();
        if (!numbered && t.toLowerCase(VI).startsWith(label.toLowerCase(VI) + " ")) {
            // the title is the name ("Nghị quyết Đại hội Đảng bộ quận … lần thứ XXVI, nhiệm kỳ 2020–2025")
            return t;
        }
        StringBuilder name = new StringBuilder(label);
        if (numbered && number != null && !number.isBlank()) {
            name.append(" số ").append(number.strip());
        } else if (kind == DirectiveKind.CHUYEN_DE && issuedOn != null) {
            name.append(" năm ").append(issuedOn.getYear());
        }
        if (issuingBody != null && !issuingBody.isBlank()) {
            name.append(" của ").append(issuingBody.strip());
        }
        if (t.isEmpty()) {
            return name.toString();
        }
        if (t.regionMatches(true, 0, "về ", 0, 3)) {
            return name.append(" về ").append(t.substring(3).strip()).toString();
        }
        return name.append(" “").append(t.replaceAll("^[\"“”]+|[\"“”]+$", "")).append('”').toString();
    }
}
