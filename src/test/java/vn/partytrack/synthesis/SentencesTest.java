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

    @Test
    void theRatedOrganisationsWithTheShareOfEachLevel() {
        assertThat(Sentences.ratedOrganisations(40, new int[]{8, 28, 3, 1}, List.of())).isEqualTo(
                "100% các tổ chức cơ sở đảng (40 tổ chức) được đánh giá, xếp loại chất lượng; trong đó: hoàn thành xuất sắc nhiệm vụ 8 tổ chức (20%), "
                        + "hoàn thành tốt nhiệm vụ 28 tổ chức (70%), hoàn thành nhiệm vụ 3 tổ chức (7,5%), không hoàn thành nhiệm vụ 1 tổ chức (2,5%).");
        assertThat(Sentences.ratedOrganisations(42, new int[]{8, 28, 3, 1}, List.of("Chi bộ A", "Chi bộ B")))
                .startsWith("40/42 tổ chức cơ sở đảng (95,2%) được đánh giá")
                .endsWith("; còn 2 tổ chức chưa có quyết định xếp loại: Chi bộ A, Chi bộ B.");
        assertThat(Sentences.ratedOrganisations(3, new int[4], List.of("A", "B", "C")))
                .isEqualTo("Chưa có tổ chức cơ sở đảng nào được quyết định xếp loại chất lượng (3 tổ chức).");
    }

    @Test
    void theYearAgainstTheOneBefore() {
        assertThat(Sentences.againstPreviousYear(2024, new int[]{8, 28, 3, 1}, new int[]{6, 30, 3, 2})).isEqualTo(
                "So với năm 2024, số tổ chức hoàn thành xuất sắc nhiệm vụ tăng 2 (năm 2024: 6); số tổ chức hoàn thành tốt nhiệm vụ giảm 2 "
                        + "(năm 2024: 30); số tổ chức hoàn thành nhiệm vụ không thay đổi (năm 2024: 3); số tổ chức không hoàn thành nhiệm vụ giảm 1 (năm 2024: 2).");
    }

    @Test
    void theListsOfExcellentYearsRunningAndNotCompleted() {
        assertThat(Sentences.excellentRunning(List.of(java.util.Map.entry("Chi bộ A", 3), java.util.Map.entry("Chi bộ B", 2))))
                .startsWith("Có 2 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ từ hai năm liền trở lên")
                .contains("\u201ctrong sạch, vững mạnh tiêu biểu\u201d")
                .endsWith(": Chi bộ A (3 năm liền), Chi bộ B (2 năm liền).");
        assertThat(Sentences.excellentRunning(List.of())).isEqualTo("Không có tổ chức cơ sở đảng nào hoàn thành xuất sắc nhiệm vụ từ hai năm liền trở lên.");
        assertThat(Sentences.notCompleted(List.of("Chi bộ C"))).isEqualTo("Có 1 tổ chức cơ sở đảng không hoàn thành nhiệm vụ: Chi bộ C.");
    }

    @Test
    void theMembersRatedAndTheQuota() {
        assertThat(Sentences.ratedMembers(new int[]{150, 1000, 80, 4}, 12, 3)).isEqualTo(
                "Tổng số đảng viên được đánh giá, xếp loại là 1.234 đồng chí; trong đó: hoàn thành xuất sắc nhiệm vụ 150 đồng chí (12,2%), "
                        + "hoàn thành tốt nhiệm vụ 1.000 đồng chí (81%), hoàn thành nhiệm vụ 80 đồng chí (6,5%), không hoàn thành nhiệm vụ 4 đồng chí (0,3%); "
                        + "12 đồng chí được miễn đánh giá, 3 đồng chí chưa đánh giá.");
        assertThat(Sentences.memberQuota("20", List.of())).isEqualTo(
                "Tất cả các tổ chức cơ sở đảng bảo đảm số đảng viên hoàn thành xuất sắc nhiệm vụ không vượt quá 20% số đảng viên hoàn thành tốt nhiệm vụ.");
        assertThat(Sentences.memberQuota("20", List.of("Chi bộ D"))).isEqualTo(
                "Có 1 tổ chức cơ sở đảng có số đảng viên hoàn thành xuất sắc nhiệm vụ vượt quá 20% số đảng viên hoàn thành tốt nhiệm vụ: Chi bộ D.");
    }
}
