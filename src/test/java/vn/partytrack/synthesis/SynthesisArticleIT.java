package vn.partytrack.synthesis;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2020-H1 synthesis of the Administrative and Public-Service bloc, sentence by sentence, against the facts of the
 * public news item on the bloc's review meeting of 09/7/2020 (DOMAIN.md S1): 33/33 congresses on the schedule the
 * district set, 100% disseminated Chỉ thị 05-CT/TW and the 2020 theme, the meeting chaired by the head of the Ban
 * Tuyên giáo with the Party-building boards, six units raising difficulties; counted as things stood at the cut-off,
 * documents named officially, and the district's header, signatory block and recipients from its dated profile.
 */
class SynthesisArticleIT extends ApiIT {

    static final String UNITS_AT_CUTOFF = " FROM units_at(DATE '2020-06-15') u JOIN organisation_type t ON t.id = u.type_id AND t.grassroots"
            + " JOIN bloc b ON b.id = u.bloc_id WHERE b.code = 'HCSN'";

    long period(String code) throws SQLException {
        return count("SELECT id FROM reporting_period WHERE code = '" + code + "'");
    }

    List<String> sections(JsonObject draft) {
        return draft.getJsonArray("sections").getValuesAs(JsonObject.class).stream().map(s -> s.getString("body")).toList();
    }

    @Test
    void theFirstHalfOf2020ReadsLikeTheArticle() throws Exception {
        long period = period("2020-H1");
        Api.Reply reply = as("lanhdao").get("api/v1/synthesis/draft?bloc=HCSN&period=" + period);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject draft = reply.json();
        List<String> sections = sections(draft);
        assertThat(sections).hasSize(4);

        // the header, the number suffix, the place, the signatory block and the recipients: the district's profile in 2020
        assertThat(draft.getString("superiorCommittee")).isEqualTo("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI");
        assertThat(draft.getString("committee")).isEqualTo("QUẬN ỦY HAI BÀ TRƯNG");
        assertThat(draft.getString("number")).endsWith("-BC/QU");
        assertThat(draft.getString("placeAndDate")).startsWith("Hai Bà Trưng, ngày ");
        assertThat(draft.getString("signatoryHeading")).isEqualTo("T/M BAN THƯỜNG VỤ");
        assertThat(draft.getString("signerTitle")).isEqualTo("PHÓ BÍ THƯ THƯỜNG TRỰC");
        assertThat(draft.getJsonArray("recipients").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .contains("- Thường trực Thành ủy (để báo cáo),", "- Lưu Văn phòng Quận ủy.");
        assertThat(draft.getString("subtitle")).isEqualTo("Kết quả công tác xây dựng Đảng khối Hành chính sự nghiệp 6 tháng đầu năm 2020");

        // I. the situation at the cut-off
        long members = count("SELECT sum(u.members_total)" + UNITS_AT_CUTOFF);
        long cells = count("SELECT count(*) FROM units_at(DATE '2020-06-15') c JOIN organisation_type ct ON ct.id = c.type_id"
                + " AND ct.code = 'CHI_BO_TRUC_THUOC' WHERE c.parent_id IN (SELECT u.id" + UNITS_AT_CUTOFF + ")");
        long dangBo = count("SELECT count(*)" + UNITS_AT_CUTOFF + " AND t.code = 'DANG_BO_CO_SO'");
        assertThat(count("SELECT count(*)" + UNITS_AT_CUTOFF)).isEqualTo(33);
        assertThat(sections.get(0)).isEqualTo("Tính đến ngày 15/6/2020, khối Hành chính sự nghiệp có 33 tổ chức cơ sở đảng (" + dangBo
                + " đảng bộ cơ sở, " + (33 - dangBo) + " chi bộ cơ sở) với " + Sentences.number(members) + " đảng viên; "
                + cells + " chi bộ trực thuộc.");
        assertThat(String.join("\n", sections)).doesNotContain("Tính đến kỳ báo cáo");

        // II. results
        String results = sections.get(1);
        String reports = " FROM report r JOIN reporting_period p ON p.id = r.period_id WHERE p.id = " + period
                + " AND r.organisation_id IN (SELECT u.id" + UNITS_AT_CUTOFF + ")";
        long submitted = count("SELECT count(*)" + reports + " AND r.first_submitted_at IS NOT NULL");
        long onTime = count("SELECT count(*)" + reports + " AND (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date");
        assertThat(submitted).isEqualTo(33);
        assertThat(results).contains("1. Công tác báo cáo: " + (onTime == 33 ? "100% các đơn vị gửi báo cáo đúng hạn."
                : "33/33 đơn vị (100%) gửi báo cáo, trong đó " + onTime + " đơn vị gửi đúng hạn."));
        assertThat(results).contains("100% các đơn vị nghiêm túc tổ chức quán triệt, triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"
                + " về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tới từng cán bộ, đảng viên.");
        assertThat(results).contains("100% các đơn vị nghiêm túc tổ chức quán triệt, triển khai thực hiện Chuyên đề năm 2020 “Tăng cường khối"
                + " đại đoàn kết toàn dân tộc, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh theo tư tưởng, đạo đức, phong cách"
                + " Hồ Chí Minh” tới từng cán bộ, đảng viên.");
        assertThat(results).contains("Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương Đảng về tăng cường xây dựng, chỉnh đốn Đảng");
        assertThat(results).contains("Công tác đại hội: 33/33 đơn vị tổ chức thành công Đại hội Đảng bộ (chi bộ), đảm bảo đúng quy định,"
                + " đúng tiến độ Quận ủy Hai Bà Trưng giao.");
        // the congress resolution was issued on 20/8/2020, after the period; no internal code anywhere
        assertThat(results).doesNotContain("Nghị quyết Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVI");
        assertThat(String.join("\n", sections)).doesNotContain("NQ-ĐH-XXVI").doesNotContain("CD-2020");

        String figures = " FROM report_value v JOIN report r ON r.id = v.report_id WHERE r.period_id = " + period
                + " AND r.status <> 'DRAFT' AND r.organisation_id IN (SELECT u.id" + UNITS_AT_CUTOFF + ") AND v.indicator_code = ";
        long inspectedMembers = count("SELECT coalesce(sum(v.number_value), 0)::bigint" + figures + "'INSPECTED_MEMBERS'");
        long inspectedOrganisations = count("SELECT coalesce(sum(v.number_value), 0)::bigint" + figures + "'INSPECTED_ORGANISATIONS'");
        long supervisions = count("SELECT coalesce(sum(v.number_value), 0)::bigint" + figures + "'SUPERVISIONS'");
        assertThat(results).contains("Kiểm tra, giám sát: Kiểm tra " + inspectedMembers + " đảng viên; kiểm tra " + inspectedOrganisations
                + " tổ chức đảng; giám sát chuyên đề " + supervisions + " cuộc.");
        long held = count("SELECT coalesce(sum(v.number_value), 0)::bigint" + figures + "'MEETINGS_HELD'");
        long required = count("SELECT coalesce(sum(v.number_value), 0)::bigint" + figures + "'MEETINGS_REQUIRED'");
        // cell meetings per cell: far more than 33 units × 6 months
        assertThat(required).isGreaterThan(33 * 6);
        assertThat(results).contains("Sinh hoạt chi bộ: Các chi bộ tổ chức " + held + "/" + required + " kỳ sinh hoạt thường kỳ (");

        // III. six units raised difficulties
        assertThat(sections.get(2)).startsWith("Có 6 đơn vị nêu ");

        // IV. the review meeting of 09/7/2020, after the period's end but within two months of it
        String next = sections.get(3);
        assertThat(next).contains("Hội nghị giao ban ngày 09/7/2020 do đồng chí Phùng Minh Ngân, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo"
                + " Quận ủy (mẫu) chủ trì, 100% các đơn vị tham dự.");
        assertThat(next).contains("Dự hội nghị có đại diện Ban Tổ chức, Ban Tuyên giáo, Ủy ban Kiểm tra, Ban Dân vận và Văn phòng.");
        assertThat(next).contains("Hội nghị ghi nhận ý kiến của 06 đồng chí đại diện các đơn vị trình bày khó khăn, vướng mắc.");
        assertThat(next).doesNotContain("Trong kỳ chưa tổ chức hội nghị giao ban");

        // the document files carry the same header, signatory block and recipients
        byte[] file = as("lanhdao").download("api/v1/synthesis/draft.docx?bloc=HCSN&period=" + period);
        String docx;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(file));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            docx = extractor.getText();
        }
        assertThat(docx).contains("QUẬN ỦY HAI BÀ TRƯNG").contains("Nơi nhận:").contains("T/M BAN THƯỜNG VỤ")
                .contains("Tính đến ngày 15/6/2020");
    }

    @Test
    void aDocumentIssuedLaterCountsInTheYearItWasIssued() throws Exception {
        JsonObject draft = as("lanhdao").get("api/v1/synthesis/draft?bloc=HCSN&period=" + period("2020-YEAR")).json();
        assertThat(sections(draft).get(1)).contains("Nghị quyết Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVI, nhiệm kỳ 2020–2025");
        assertThat(sections(draft).get(0)).startsWith("Tính đến ngày 15/11/2020, ");
    }

    @Test
    void theCommitteeMustBeOneWithAProfileAtThePeriod() throws Exception {
        long period = period("2020-H1");
        Api.Reply notACommittee = as("lanhdao").get("api/v1/synthesis/draft?bloc=HCSN&period=" + period + "&committee=" + id("MAU-HCSN-01"));
        assertThat(notACommittee.status()).isEqualTo(400);
        assertThat(fieldErrors(notACommittee.json())).containsKey("committee");
        Api.Reply unknown = as("lanhdao").get("api/v1/synthesis/draft?bloc=HCSN&period=" + period + "&committee=987654321");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fieldErrors(unknown.json())).containsKey("committee");
        Api.Reply chosen = as("lanhdao").get("api/v1/synthesis/draft?bloc=HCSN&period=" + period + "&committee=" + id("MAU-QU-HBT"));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().getString("committee")).isEqualTo("QUẬN ỦY HAI BÀ TRƯNG");
    }
}
