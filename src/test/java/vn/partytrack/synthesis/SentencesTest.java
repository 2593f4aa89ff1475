package vn.partytrack.synthesis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @Test
    void everyUnitGivesTheHundredPercentSentence() {
        assertThat(Sentences.disseminated("Chỉ thị 05-CT/TW", 33, 33, List.of()))
                .isEqualTo("100% các đơn vị nghiêm túc tổ chức quán triệt, triển khai thực hiện Chỉ thị 05-CT/TW tới từng cán bộ, đảng viên.");
    }

    @Test
    void someUnitsGiveTheShareAndTheMissingList() {
        assertThat(Sentences.disseminated("Nghị quyết 04-NQ/TW", 32, 33, List.of("Chi bộ Thư viện Sách Xanh")))
                .isEqualTo("32/33 đơn vị (97%) tổ chức quán triệt, triển khai thực hiện Nghị quyết 04-NQ/TW; còn 1 đơn vị chưa thực hiện: Chi bộ Thư viện Sách Xanh.");
        assertThat(Sentences.disseminated("X", 27, 33, List.of("A", "B", "C", "D", "E", "F"))).contains("27/33 đơn vị (81,8%)").endsWith("A, B, C, D, E, F.");
    }

    @Test
    void noUnitSaysSo() {
        assertThat(Sentences.disseminated("X", 0, 33, List.of())).isEqualTo("Chưa có đơn vị nào tổ chức quán triệt X (33 đơn vị được giao).");
    }

    @Test
    void inspectedMembersAndOrganisationsAreTwoFigures() {
        assertThat(Sentences.inspections(12, 3, 2)).isEqualTo("Kiểm tra 12 đảng viên; kiểm tra 3 tổ chức đảng; giám sát chuyên đề 2 cuộc.");
        assertThat(Sentences.raisedAtMeeting(6)).isEqualTo("Hội nghị ghi nhận ý kiến của 06 đồng chí đại diện các đơn vị trình bày khó khăn, vướng mắc.");
        assertThat(Sentences.boardsPresent(List.of("Ban Tổ chức", "Ban Tuyên giáo", "Văn phòng")))
                .isEqualTo("Dự hội nghị có đại diện Ban Tổ chức, Ban Tuyên giáo và Văn phòng.");
        assertThat(Sentences.date(java.time.LocalDate.of(2020, 6, 15))).isEqualTo("15/6/2020");
    }

    @Test
    void congressSentencesFollowTheSchedule() {
        assertThat(Sentences.congress(33, 33, 33, List.of(), "Quận ủy Hai Bà Trưng")).isEqualTo(
                "33/33 đơn vị tổ chức thành công Đại hội Đảng bộ (chi bộ), đảm bảo đúng quy định, đúng tiến độ Quận ủy Hai Bà Trưng giao.");
        assertThat(Sentences.congress(33, 29, 33, List.of(), "Đảng ủy phường Bạch Mai")).endsWith("; 29 đơn vị đúng tiến độ, 4 đơn vị tổ chức muộn hơn kế hoạch.");
        assertThat(Sentences.congress(30, 30, 33, List.of("A", "B", "C"), "Quận ủy Hai Bà Trưng")).isEqualTo("30/33 đơn vị tổ chức thành công Đại hội Đảng bộ (chi bộ),"
                + " đảm bảo đúng quy định; 30 đơn vị đúng tiến độ; còn 3 đơn vị chưa tổ chức: A, B, C.");
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(Sentences.admissions(40, 41, 12)).isEqualTo("Kết nạp 40 đảng viên mới, đạt 97,6% chỉ tiêu; công nhận chính thức 12 đồng chí.");
        assertThat(Sentences.admissions(1250, 0, 20179)).isEqualTo("Kết nạp 1.250 đảng viên mới; công nhận chính thức 20.179 đồng chí.");
        assertThat(Sentences.meetings(197, 198)).isEqualTo("Các chi bộ tổ chức 197/198 kỳ sinh hoạt thường kỳ (99,5%).");
        assertThat(Sentences.reports(33, 33, 33, List.of())).isEqualTo("100% các đơn vị gửi báo cáo đúng hạn.");
        assertThat(Sentences.reports(18, 17, 33, List.of("A"))).isEqualTo("18/33 đơn vị (54,5%) gửi báo cáo, trong đó 17 đơn vị gửi đúng hạn; còn 1 đơn vị chưa gửi: A.");
    }

    @Test
    void aReviewMeetingAndItsTasksAreToldWithTheirShares() {
        java.time.LocalDate held = java.time.LocalDate.of(2020, 7, 9);
        assertThat(Sentences.meeting(held, "Nguyễn Văn A", 33, 33))
                .isEqualTo("Hội nghị giao ban ngày 09/7/2020 do đồng chí Nguyễn Văn A chủ trì, 100% các đơn vị tham dự.");
        assertThat(Sentences.meeting(held, "Đồng chí Nguyễn Văn A", 0, 33))
                .isEqualTo("Hội nghị giao ban ngày 09/7/2020 do đồng chí Nguyễn Văn A chủ trì.");
        assertThat(Sentences.meeting(held, "Nguyễn Văn A", 31, 33))
                .isEqualTo("Hội nghị giao ban ngày 09/7/2020 do đồng chí Nguyễn Văn A chủ trì, có 31/33 đơn vị (93,9%) tham dự.");
        java.time.LocalDate due = java.time.LocalDate.of(2020, 9, 30);
        assertThat(Sentences.task("Kiện toàn cấp ủy.", due, 33, 33, List.of()))
                .isEqualTo("Kiện toàn cấp ủy (thời hạn 30/9/2020): 100% các đơn vị đã hoàn thành.");
        assertThat(Sentences.task("Kiện toàn cấp ủy", due, 31, 33, List.of("A", "B")))
                .isEqualTo("Kiện toàn cấp ủy (thời hạn 30/9/2020): 31/33 đơn vị (93,9%) đã hoàn thành; còn 2 đơn vị chưa hoàn thành: A, B.");
        assertThat(Sentences.task("Kiện toàn cấp ủy", due, 0, 1_250, List.of()))
                .isEqualTo("Kiện toàn cấp ủy (thời hạn 30/9/2020): chưa có đơn vị nào báo cáo hoàn thành (1.250 đơn vị được giao).");
    }

    @Test
    void theDocumentsCarryTheVietnameseText() throws Exception {
        SynthesisDocument d = new SynthesisDocument("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "QUẬN ỦY HAI BÀ TRƯNG", "Số 12-BC/QU",
                "Hà Nội, ngày 09 tháng 7 năm 2020", "BÁO CÁO", "Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2020",
                List.of(new SynthesisDocument.Section("I. KẾT QUẢ", "Đảng viên đạt 99,8%.\nDòng thứ hai.")),
                "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Hoàng Quốc Đạo", List.of("- Thường trực Thành ủy,", "- Lưu Văn phòng."));
        byte[] docx = DocumentWriter.docx(d);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("QUẬN ỦY HAI BÀ TRƯNG").contains("Đảng viên đạt 99,8%.")
                    .contains("Nơi nhận:").contains("- Lưu Văn phòng.").contains("T/M BAN THƯỜNG VỤ").contains("PHÓ BÍ THƯ THƯỜNG TRỰC").contains("Hoàng Quốc Đạo");
        }
        byte[] pdf = DocumentWriter.pdf(d);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("Đảng viên đạt 99,8%.")
                    .contains("Nơi nhận:").contains("T/M BAN THƯỜNG VỤ").contains("Hoàng Quốc Đạo");
        }
    }
}
