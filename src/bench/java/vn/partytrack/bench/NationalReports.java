package vn.partytrack.bench;

import java.sql.SQLException;
import java.util.SplittableRandom;

import static vn.partytrack.bench.NationalTime.NONE;

/**
 * Ten reporting periods (2021-H1 … 2025-YEAR, the last one open) and, for every grassroots unit and period, the story
 * of its report: created, submitted on time or late, perhaps returned and resubmitted, accepted, locked; a few
 * accepted reports of the open period have asked to be unlocked, and about 4% of the units have not reported in it.
 * The plan is computed once in memory; the report, value, event and item streams all read it.
 */
final class NationalReports {

    static final int PERIODS = 10;
    static final String[] STATUS = {null, "DRAFT", "SUBMITTED", "RETURNED", "RESUBMITTED", "ACCEPTED", "LOCKED"};
    static final byte NO_REPORT = 0, DRAFT = 1, SUBMITTED = 2, RETURNED = 3, RESUBMITTED = 4, ACCEPTED = 5, LOCKED = 6;

    /** Status weights (none, DRAFT, SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED, LOCKED) for old, last closed, open periods. */
    private static final int[] OLD_MIX = {3, 2, 4, 3, 3, 55, 930};
    private static final int[] LAST_CLOSED_MIX = {10, 4, 12, 8, 6, 160, 800};
    private static final int[] OPEN_MIX = {40, 100, 180, 60, 50, 520, 50};

    private static final String[] RETURN_COMMENTS = {
        "Đề nghị chi bộ giải trình chỉ tiêu kết nạp đảng viên: nêu kết quả đến thời điểm báo cáo và giải pháp hoàn thành chỉ tiêu.",
        "Phần đánh giá chung còn chung chung, đề nghị nêu rõ hạn chế, nguyên nhân và trách nhiệm của cấp ủy.",
        "Số đảng viên trong báo cáo chưa khớp với sổ đảng viên của đơn vị, đề nghị rà soát lại.",
        "Đề nghị bổ sung kết quả kiểm tra, giám sát theo chương trình năm và số đảng viên được kiểm tra.",
        "Đề nghị làm rõ kết quả thực hiện Chỉ thị 05-CT/TW, nêu tên các mô hình, điển hình đã được biểu dương.",
        "Số kỳ sinh hoạt chi bộ thường kỳ chưa đúng với biên bản sinh hoạt, đề nghị kiểm tra lại.",
        "Đề nghị bổ sung phương hướng, nhiệm vụ kỳ tới với các chỉ tiêu cụ thể."};

    private static final String[] UNLOCK_REASONS = {
        "Đề nghị mở khóa báo cáo để điều chỉnh số đảng viên chuyển sinh hoạt đến trong kỳ.",
        "Đề nghị mở khóa để cập nhật số đảng viên được công nhận chính thức sau khi có quyết định của cấp trên.",
        "Đề nghị mở khóa để bổ sung kết quả giám sát chuyên đề hoàn thành sau ngày gửi báo cáo."};

    private static final String[] DIFFICULTIES = {
        "Nhiều đảng viên làm việc theo ca, trực dài ngày nên khó bố trí đủ đảng viên dự sinh hoạt chi bộ cùng một thời điểm.",
        "Nguồn phát triển đảng viên hạn chế do số cán bộ trẻ được tuyển dụng mới ít.",
        "Kinh phí hoạt động của tổ chức đảng hạn hẹp, chưa đáp ứng nhu cầu cử đảng viên đi học lý luận chính trị.",
        "Đảng viên công tác ở nhiều địa điểm khác nhau nên việc học tập, quán triệt nghị quyết tập trung gặp khó khăn.",
        "Cấp ủy viên kiêm nhiệm nhiều việc, thời gian dành cho công tác kiểm tra, giám sát còn ít.",
        "Một số đảng viên lớn tuổi, sức khỏe yếu, khó tham gia sinh hoạt đầy đủ."};

    private static final String[] PROPOSALS = {
        "Đề nghị cấp trên mở thêm lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú.",
        "Đề nghị hướng dẫn hình thức sinh hoạt chi bộ trực tuyến, bảo đảm đúng nguyên tắc và giữ bí mật nội dung sinh hoạt.",
        "Đề nghị tổ chức tập huấn nghiệp vụ công tác đảng cho cấp ủy viên, nhất là công tác kiểm tra, giám sát.",
        "Đề nghị cho phép các chi bộ làm việc theo ca linh hoạt thời gian sinh hoạt ngoài giờ hành chính.",
        "Đề nghị hướng dẫn cụ thể việc chuyển sinh hoạt đảng đối với đảng viên thay đổi nơi công tác.",
        "Đề nghị bố trí kinh phí cho đảng viên đi học trung cấp lý luận chính trị."};

    /** The board that answers each difficulty and proposal above, by the same index. */
    private static final String[] ITEM_BOARDS = {"TO_CHUC", "TO_CHUC", "VAN_PHONG", "TUYEN_GIAO", "KIEM_TRA", "TO_CHUC"};

    private static final String[] RESPONSES = {
        "Ban đã tiếp nhận, sẽ tổng hợp báo cáo Thường trực cấp ủy xem xét trong quý tới.",
        "Đã có hướng dẫn bằng văn bản gửi các tổ chức cơ sở đảng; đề nghị đơn vị nghiên cứu thực hiện.",
        "Nội dung thuộc thẩm quyền cấp trên, Ban đã tổng hợp kiến nghị lên cấp trên.",
        "Đề nghị đơn vị chủ động bố trí trong phạm vi kinh phí được giao; Ban sẽ theo dõi, hỗ trợ."};

    final int units;
    final long[] periodId = new long[PERIODS];
    final String[] periodCode = new String[PERIODS];
    final boolean[] halfYear = new boolean[PERIODS];
    final int[] year = new int[PERIODS];
    final long[] dueDay = new long[PERIODS];
    final long[] lockDay = new long[PERIODS];

    /** By index {@code period * units + unit}. */
    final byte[] status;
    final long[] reportId;
    final long[] created;
    final long[] firstSubmitted;
    final long[] returnedAt;
    final long[] lastSubmitted;
    final long[] acceptedAt;
    final long[] lockedAt;
    final long[] unlockRequestedAt;
    final long[] updated;
    long reports;

    private final long seed;
    private final NationalRegistry registry;

    NationalReports(long seed, NationalRegistry registry, long firstPeriodId, long firstReportId) {
        this.seed = seed;
        this.registry = registry;
        this.units = registry.units;
        for (int p = 0; p < PERIODS; p++) {
            year[p] = 2021 + p / 2;
            halfYear[p] = p % 2 == 0;
            periodCode[p] = year[p] + (halfYear[p] ? "-H1" : "-YEAR");
            periodId[p] = firstPeriodId + p;
            dueDay[p] = halfYear[p] ? NationalTime.day(year[p], 6, 20) : NationalTime.day(year[p], 11, 30);
            // the district locks the period's accepted reports about three weeks after the due date
            lockDay[p] = NationalTime.workday(dueDay[p] + 21);
        }
        int n = PERIODS * units;
        status = new byte[n];
        reportId = new long[n];
        created = new long[n];
        firstSubmitted = new long[n];
        returnedAt = new long[n];
        lastSubmitted = new long[n];
        acceptedAt = new long[n];
        lockedAt = new long[n];
        unlockRequestedAt = new long[n];
        updated = new long[n];
        long id = firstReportId;
        for (int p = 0; p < PERIODS; p++) {
            int[] mix = p == PERIODS - 1 ? OPEN_MIX : p == PERIODS - 2 ? LAST_CLOSED_MIX : OLD_MIX;
            for (int u = 0; u < units; u++) {
                int i = p * units + u;
                SplittableRandom r = NationalDataset.random(seed, 'S', i);
                byte s = (byte) NationalRegistry.weighted(r, mix);
                status[i] = s;
                if (s == NO_REPORT) {
                    continue;
                }
                reportId[i] = id++;
                plan(i, p, s, r);
            }
        }
        reports = id - firstReportId;
    }

    private void plan(int i, int p, byte s, SplittableRandom r) {
        long due = dueDay[p];
        long create = NationalTime.office(due - 6 - r.nextInt(15), r);
        created[i] = create;
        firstSubmitted[i] = returnedAt[i] = lastSubmitted[i] = acceptedAt[i] = lockedAt[i] = unlockRequestedAt[i] = NONE;
        if (s == DRAFT) {
            updated[i] = r.nextInt(100) < 60 ? NationalTime.after(create, 1, 8, r) : create;
            return;
        }
        // 85% on time (up to a week early), the others one to ten days late
        long submitDay = r.nextInt(100) < 85 ? due - r.nextInt(8) : due + 1 + r.nextInt(10);
        long first = Math.max(NationalTime.office(submitDay, r), create + 3600);
        firstSubmitted[i] = first;
        long last = first;
        boolean returned = s == RETURNED || s == RESUBMITTED || r.nextInt(100) < 7;
        if (returned) {
            long ret = NationalTime.after(first, 1, 3, r);
            returnedAt[i] = ret;
            if (s == RETURNED) {
                lastSubmitted[i] = first;
                updated[i] = ret;
                return;
            }
            last = NationalTime.after(ret, 1, 4, r);
        }
        lastSubmitted[i] = last;
        if (s == SUBMITTED || s == RESUBMITTED) {
            updated[i] = last;
            return;
        }
        long lock = NationalTime.at(lockDay[p], 14 * 60) + r.nextInt(3 * 3600);
        long accept = NationalTime.after(last, 1, 6, r);
        if (s == ACCEPTED && p < PERIODS - 1 && accept < lock) {
            // still ACCEPTED in a closed period: accepted after the period's reports were locked
            accept = NationalTime.after(lock, 0, 5, r);
        }
        acceptedAt[i] = accept;
        updated[i] = accept;
        if (s == LOCKED) {
            long locked = Math.max(lock, accept + 3600);
            lockedAt[i] = locked;
            updated[i] = locked;
        } else if (p == PERIODS - 1 && r.nextInt(100) < 3) {
            unlockRequestedAt[i] = NationalTime.after(accept, 1, 5, r);
        }
    }

    int statusCount(int period, byte s) {
        int n = 0;
        for (int u = 0; u < units; u++) {
            if (status[period * units + u] == s) {
                n++;
            }
        }
        return n;
    }

    // ---- COPY

    static final String PERIOD_COLUMNS = "id, code, kind, year, name_vi, name_en, start_date, end_date, cutoff_date, due_date, open, sample";

    void writePeriods(NationalRows rows) throws SQLException {
        for (int p = 0; p < PERIODS; p++) {
            int y = year[p];
            boolean h1 = halfYear[p];
            rows.col(periodId[p]).col(periodCode[p]).col(h1 ? "H1" : "YEAR").col(y)
                    .col(h1 ? "6 tháng đầu năm " + y : "Năm " + y).col(h1 ? "First half of " + y : "Year " + y)
                    .date(NationalTime.day(y, 1, 1)).date(h1 ? NationalTime.day(y, 6, 30) : NationalTime.day(y, 12, 31))
                    .date(h1 ? NationalTime.day(y, 6, 15) : NationalTime.day(y, 11, 15)).date(dueDay[p])
                    .col(p == PERIODS - 1).col(false);
            rows.end();
        }
    }

    static final String REPORT_COLUMNS = "id, organisation_id, period_id, status, first_submitted_at, last_submitted_at, accepted_at, "
            + "unlock_requested_at, unlock_reason, sample, created_at, updated_at";

    void writeReports(NationalRows rows) throws SQLException {
        for (int p = 0; p < PERIODS; p++) {
            for (int u = 0; u < units; u++) {
                int i = p * units + u;
                if (status[i] == NO_REPORT) {
                    continue;
                }
                rows.col(reportId[i]).col(registry.unitId[u]).col(periodId[p]).col(STATUS[status[i]])
                        .ts(firstSubmitted[i]).ts(lastSubmitted[i]).ts(acceptedAt[i]).ts(unlockRequestedAt[i])
                        .col(unlockRequestedAt[i] == NONE ? null : UNLOCK_REASONS[(int) (i % UNLOCK_REASONS.length)])
                        .col(false).ts(created[i]).ts(updated[i]);
                rows.end();
            }
        }
    }

    static final String EVENT_COLUMNS = "report_id, at, actor, action, from_status, to_status, comment";

    void writeEvents(NationalRows rows) throws SQLException {
        for (int p = 0; p < PERIODS; p++) {
            for (int u = 0; u < units; u++) {
                int i = p * units + u;
                byte s = status[i];
                if (s == NO_REPORT) {
                    continue;
                }
                long id = reportId[i];
                String secretary = NationalRegistry.secretaryAccount(u);
                event(rows, id, created[i], secretary, "CREATE", null, "DRAFT", null);
                if (s == DRAFT) {
                    continue;
                }
                event(rows, id, firstSubmitted[i], secretary, "SUBMIT", "DRAFT", "SUBMITTED", null);
                String awaiting = "SUBMITTED";
                if (returnedAt[i] != NONE) {
                    event(rows, id, returnedAt[i], NationalRegistry.STAFF, "RETURN", "SUBMITTED", "RETURNED",
                            RETURN_COMMENTS[(int) (i % RETURN_COMMENTS.length)]);
                    if (s == RETURNED) {
                        continue;
                    }
                    event(rows, id, lastSubmitted[i], secretary, "RESUBMIT", "RETURNED", "RESUBMITTED", null);
                    awaiting = "RESUBMITTED";
                }
                if (s == SUBMITTED || s == RESUBMITTED) {
                    continue;
                }
                event(rows, id, acceptedAt[i], NationalRegistry.STAFF, "ACCEPT", awaiting, "ACCEPTED", null);
                if (lockedAt[i] != NONE) {
                    event(rows, id, lockedAt[i], NationalRegistry.STAFF, "LOCK", "ACCEPTED", "LOCKED", null);
                }
                if (unlockRequestedAt[i] != NONE) {
                    event(rows, id, unlockRequestedAt[i], secretary, "REQUEST_UNLOCK", "ACCEPTED", "ACCEPTED",
                            UNLOCK_REASONS[(int) (i % UNLOCK_REASONS.length)]);
                }
            }
        }
    }

    private static void event(NationalRows rows, long reportId, long at, String actor, String action, String from, String to,
                              String comment) throws SQLException {
        rows.col(reportId).ts(at).col(actor).col(action).col(from).col(to).col(comment);
        rows.end();
    }

    static final String VALUE_COLUMNS = "report_id, indicator_code, number_value, date_value";

    /**
     * The figures. Member counts are the registry's in the open period and a little lower before (the Party grows about
     * 1% a year); the catalogue's rules hold: full + probationary = total, admitted ≤ probationary, inspected ≤ total,
     * held ≤ required, female ≤ total. A draft has only its prefilled figures.
     */
    void writeValues(NationalRows rows, int fromPeriod, int toPeriod) throws SQLException {
        for (int p = fromPeriod; p < toPeriod; p++) {
            boolean h1 = halfYear[p];
            for (int u = 0; u < units; u++) {
                int i = p * units + u;
                if (status[i] == NO_REPORT) {
                    continue;
                }
                long id = reportId[i];
                SplittableRandom r = NationalDataset.random(seed, 'V', i);
                int total, probationary;
                if (p == PERIODS - 1) {
                    total = registry.unitTotal[u];
                    probationary = registry.unitProbationary[u];
                } else {
                    total = Math.max(3, (int) Math.round(registry.unitTotal[u] * (1 - 0.005 * (PERIODS - 1 - p)) * (0.99 + 0.02 * r.nextDouble())));
                    double rate = registry.unitProbationary[u] / (double) registry.unitTotal[u];
                    probationary = (int) Math.round(total * rate * (0.7 + 0.6 * r.nextDouble()));
                }
                int target = Math.max(1, (int) Math.round(registry.unitTotal[u] * (0.025 + 0.03 * r.nextDouble())));
                int admitted = (int) Math.round(target * (h1 ? 0.2 + 0.5 * r.nextDouble() : 0.6 + 0.7 * r.nextDouble()));
                admitted = Math.min(admitted, 10000);
                probationary = Math.min(total, Math.max(probationary, admitted));
                int full = total - probationary;
                value(rows, id, "MEMBERS_TOTAL", total);
                value(rows, id, "MEMBERS_FULL", full);
                value(rows, id, "MEMBERS_PROBATIONARY", probationary);
                value(rows, id, "MEMBERS_FEMALE", Math.round(total * (0.3 + 0.3 * r.nextDouble())));
                value(rows, id, "ADMISSION_TARGET", target);
                if (status[i] == DRAFT) {
                    continue;
                }
                int required = h1 ? 6 : 12;
                int missed = r.nextInt(100);
                int held = missed < 88 ? required : missed < 98 ? required - 1 : required - 2;
                boolean dangBo = registry.unitType[u] == NationalRegistry.DANG_BO;
                rows.col(id).col("DISSEMINATION_SESSIONS").col(2 + r.nextInt(h1 ? 4 : 8)).nul();
                rows.end();
                rows.col(id).col("DISSEMINATION_ATTENDANCE").tenths(850 + r.nextInt(151)).nul();
                rows.end();
                value(rows, id, "ADMITTED", admitted);
                value(rows, id, "MADE_FULL", Math.min(10000, Math.round(Math.max(full, 1) * 0.04 * r.nextDouble() * (h1 ? 0.5 : 1))));
                value(rows, id, "MEETINGS_REQUIRED", required);
                value(rows, id, "MEETINGS_HELD", held);
                value(rows, id, "MEETINGS_THEMATIC", h1 ? 1 + r.nextInt(3) : 2 + r.nextInt(5));
                rows.col(id).col("MEETING_ATTENDANCE").tenths(800 + r.nextInt(196)).nul();
                rows.end();
                value(rows, id, "INSPECTED_MEMBERS", Math.min(total, Math.max(1, Math.round(total * (0.04 + 0.12 * r.nextDouble())))));
                value(rows, id, "INSPECTED_ORGANISATIONS", dangBo ? r.nextInt(6) : 0);
                value(rows, id, "SUPERVISIONS", 1 + r.nextInt(h1 ? 3 : 5));
            }
        }
    }

    private static void value(NationalRows rows, long reportId, String code, long v) throws SQLException {
        rows.col(reportId).col(code).col(v).nul();
        rows.end();
    }

    static final String ITEM_COLUMNS = "report_id, kind, position, body, owner_board_id, response, status, responded_by, responded_at, "
            + "organisation_id, period_id";

    /** Difficulties and proposals in about 10% of the reports; those of closed periods are answered or closed. */
    void writeItems(NationalRows rows, NationalDataset.Reference ref) throws SQLException {
        for (int p = 0; p < PERIODS; p++) {
            for (int u = 0; u < units; u++) {
                int i = p * units + u;
                if (status[i] == NO_REPORT) {
                    continue;
                }
                SplittableRandom r = NationalDataset.random(seed, 'I', i);
                if (r.nextInt(100) >= 10) {
                    continue;
                }
                int shape = r.nextInt(3); // 0: a difficulty, 1: a proposal, 2: both
                int position = 1;
                for (int k = 0; k < 2; k++) {
                    boolean difficulty = k == 0;
                    if ((difficulty && shape == 1) || (!difficulty && shape == 0)) {
                        continue;
                    }
                    int text = r.nextInt(DIFFICULTIES.length);
                    boolean submitted = status[i] != DRAFT;
                    boolean answered = submitted && (p < PERIODS - 1 || r.nextInt(100) < 35);
                    String itemStatus = !answered ? "OPEN" : p < PERIODS - 1 && r.nextInt(100) < 60 ? "CLOSED" : "ANSWERED";
                    long respondedAt = answered ? NationalTime.after(firstSubmitted[i], 3, 20, r) : NONE;
                    rows.col(reportId[i]).col(difficulty ? "DIFFICULTY" : "PROPOSAL").col(position++)
                            .col(difficulty ? DIFFICULTIES[text] : PROPOSALS[text])
                            .ref(submitted ? ref.board(ITEM_BOARDS[text]) : 0)
                            .col(answered ? RESPONSES[r.nextInt(RESPONSES.length)] : null).col(itemStatus)
                            .col(answered ? NationalRegistry.STAFF : null).ts(respondedAt)
                            .col(registry.unitId[u]).col(periodId[p]);
                    rows.end();
                }
            }
        }
    }
}
