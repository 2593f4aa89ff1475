package vn.partytrack.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;

import static vn.partytrack.bench.NationalTime.NONE;

/**
 * Five documents to disseminate and implement (db/migration V7, in the manner of db/sample V8), each assigned to every
 * grassroots unit; most units have an implementation (dissemination sessions, a plan where one is required, sometimes
 * a model) that went through submit/return/accept.
 */
final class NationalDirectives {

    private record Document(String number, String kind, String issuer, long issued, String title, String board,
                            long disseminationDeadline, boolean planRequired, long planDeadline, long interimDeadline,
                            long assignedAt, int[] mix, boolean models) {
    }

    /** Status weights (none, DRAFT, SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED, LOCKED). */
    private static final int[] SETTLED = {40, 20, 30, 12, 12, 886, 0};
    private static final int[] RECENT = {150, 120, 180, 50, 40, 460, 0};

    private static final List<Document> DOCUMENTS = List.of(
            new Document("05-CT/TW", "CHI_THI", "TW", NationalTime.day(2016, 5, 15),
                    "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "TUYEN_GIAO",
                    NationalTime.day(2021, 3, 31), true, NationalTime.day(2021, 4, 30), NationalTime.day(2023, 6, 30),
                    NationalTime.at(NationalTime.day(2021, 1, 15), 9 * 60 + 30), SETTLED, true),
            new Document("21-NQ/TW", "NGHI_QUYET", "TW", NationalTime.day(2022, 6, 16),
                    "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới",
                    "TO_CHUC", NationalTime.day(2022, 9, 30), true, NationalTime.day(2022, 10, 31), NONE,
                    NationalTime.at(NationalTime.day(2022, 7, 5), 9 * 60), SETTLED, false),
            new Document("CD-2024", "CHUYEN_DE", "TW", NationalTime.day(2024, 1, 15),
                    "Chuyên đề năm 2024: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng đội ngũ cán bộ, "
                            + "đảng viên gương mẫu, nêu gương", "TUYEN_GIAO",
                    NationalTime.day(2024, 4, 30), true, NationalTime.day(2024, 5, 15), NONE,
                    NationalTime.at(NationalTime.day(2024, 1, 22), 14 * 60 + 10), SETTLED, true),
            new Document("35-CT/TW", "CHI_THI", "TW", NationalTime.day(2024, 6, 14),
                    "Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "TO_CHUC",
                    NationalTime.day(2024, 8, 31), false, NONE, NONE,
                    NationalTime.at(NationalTime.day(2024, 6, 24), 9 * 60 + 35), SETTLED, false),
            new Document("08-NQ/TU", "NGHI_QUYET", "THANH_PHO", NationalTime.day(2025, 3, 20),
                    "Về đẩy mạnh chuyển đổi số trong công tác xây dựng Đảng giai đoạn 2025–2030", "TUYEN_GIAO",
                    NationalTime.day(2025, 6, 30), true, NationalTime.day(2025, 7, 31), NONE,
                    NationalTime.at(NationalTime.day(2025, 3, 28), 8 * 60 + 45), RECENT, false));

    private static final String[] RESULTS = {
        "Cán bộ, đảng viên đăng ký việc làm cụ thể, gắn với nhiệm vụ chuyên môn; kết quả được đánh giá khi kiểm điểm cuối năm.",
        "Người đứng đầu, cấp ủy viên gương mẫu nêu gương; đảng viên thực hiện nghiêm nội quy, quy chế và tinh thần phục vụ nhân dân.",
        "Sau học tập, cấp ủy ban hành kế hoạch thực hiện, phân công cấp ủy viên phụ trách từng nhóm nhiệm vụ.",
        "Nội dung được đưa vào sinh hoạt thường kỳ hằng tháng; 100% đảng viên xây dựng kế hoạch cá nhân.",
        "Cấp ủy đã cụ thể hóa nhiệm vụ thành chương trình hành động với các chỉ tiêu phù hợp với đơn vị."};

    private static final String[] RETURN_COMMENTS = {
        "Đề nghị bổ sung số quần chúng dự học tập và nêu rõ hình thức tổ chức.",
        "Tỷ lệ đảng viên dự học tập chưa đạt yêu cầu, đề nghị tổ chức học tập bổ sung cho đảng viên vắng mặt.",
        "Đề nghị gửi kèm kế hoạch thực hiện đã ban hành."};

    private static final String[] MODELS = {
        "Mô hình “Mỗi đảng viên một việc làm theo Bác”", "Mô hình “Dân vận khéo”", "Mô hình “Công sở văn minh, thân thiện”",
        "Mô hình “Chi bộ bốn tốt”", "Mô hình “Nói không với tiêu cực”"};

    final int units;
    final long[] directiveId = new long[DOCUMENTS.size()];
    /** By index {@code document * units + unit}; 0 where the unit has no implementation. */
    final long[] implementationId;
    final byte[] status;
    final long[] created, firstSubmitted, returnedAt, lastSubmitted, acceptedAt, updated;
    final long implementations;

    private final long seed;
    private final NationalRegistry registry;

    NationalDirectives(long seed, NationalRegistry registry, long firstDirectiveId, long firstImplementationId) {
        this.seed = seed;
        this.registry = registry;
        this.units = registry.units;
        int n = DOCUMENTS.size() * units;
        implementationId = new long[n];
        status = new byte[n];
        created = new long[n];
        firstSubmitted = new long[n];
        returnedAt = new long[n];
        lastSubmitted = new long[n];
        acceptedAt = new long[n];
        updated = new long[n];
        long id = firstImplementationId;
        for (int d = 0; d < DOCUMENTS.size(); d++) {
            Document doc = DOCUMENTS.get(d);
            directiveId[d] = firstDirectiveId + d;
            for (int u = 0; u < units; u++) {
                int i = d * units + u;
                SplittableRandom r = NationalDataset.random(seed, 'D', i);
                byte s = (byte) NationalRegistry.weighted(r, doc.mix);
                status[i] = s;
                if (s == NationalReports.NO_REPORT) {
                    continue;
                }
                implementationId[i] = id++;
                long create = NationalTime.after(doc.assignedAt, 3, 20, r);
                created[i] = create;
                firstSubmitted[i] = returnedAt[i] = lastSubmitted[i] = acceptedAt[i] = NONE;
                updated[i] = create;
                if (s == NationalReports.DRAFT) {
                    continue;
                }
                long submitDay = r.nextInt(100) < 85 ? doc.disseminationDeadline - r.nextInt(25) : doc.disseminationDeadline + 1 + r.nextInt(30);
                long first = Math.max(NationalTime.office(submitDay, r), create + 86400);
                firstSubmitted[i] = lastSubmitted[i] = updated[i] = first;
                if (s == NationalReports.RETURNED || s == NationalReports.RESUBMITTED || r.nextInt(100) < 4) {
                    returnedAt[i] = updated[i] = NationalTime.after(first, 1, 5, r);
                    if (s == NationalReports.RETURNED) {
                        continue;
                    }
                    lastSubmitted[i] = updated[i] = NationalTime.after(returnedAt[i], 1, 6, r);
                }
                if (s == NationalReports.ACCEPTED) {
                    acceptedAt[i] = updated[i] = NationalTime.after(lastSubmitted[i], 1, 7, r);
                }
            }
        }
        implementations = id - firstImplementationId;
    }

    int documents() {
        return DOCUMENTS.size();
    }

    // ---- COPY

    static final String DIRECTIVE_COLUMNS = "id, number, kind, issuer, issued_on, title, owner_board_id, dissemination_deadline, "
            + "plan_required, plan_deadline, interim_review_deadline, final_review_deadline, sample";

    void writeDirectives(NationalRows rows, NationalDataset.Reference ref) throws SQLException {
        for (int d = 0; d < DOCUMENTS.size(); d++) {
            Document doc = DOCUMENTS.get(d);
            rows.col(directiveId[d]).col(doc.number).col(doc.kind).col(doc.issuer).date(doc.issued).col(doc.title)
                    .col(ref.board(doc.board)).date(doc.disseminationDeadline).col(doc.planRequired).date(doc.planDeadline)
                    .date(doc.interimDeadline).nul().col(false);
            rows.end();
        }
    }

    static final String ASSIGNMENT_COLUMNS = "directive_id, organisation_id, assigned_at, assigned_by";

    void writeAssignments(NationalRows rows) throws SQLException {
        for (int d = 0; d < DOCUMENTS.size(); d++) {
            Document doc = DOCUMENTS.get(d);
            for (int u = 0; u < units; u++) {
                // one assignment per superior committee: its units share the moment
                rows.col(directiveId[d]).col(registry.unitId[u]).ts(doc.assignedAt + 60L * (registry.unitCommittee[u] % 240))
                        .col(NationalRegistry.STAFF);
                rows.end();
            }
        }
    }

    static final String IMPLEMENTATION_COLUMNS = "id, directive_id, organisation_id, plan_number, plan_date, interim_review_date, "
            + "final_review_date, results, status, first_submitted_at, last_submitted_at, accepted_at, sample, created_at, updated_at";

    void writeImplementations(NationalRows rows) throws SQLException {
        for (int d = 0; d < DOCUMENTS.size(); d++) {
            Document doc = DOCUMENTS.get(d);
            for (int u = 0; u < units; u++) {
                int i = d * units + u;
                if (implementationId[i] == 0) {
                    continue;
                }
                SplittableRandom r = NationalDataset.random(seed, 'd', i);
                boolean draft = status[i] == NationalReports.DRAFT;
                boolean plan = doc.planRequired && (!draft || r.nextInt(2) == 0);
                long planDay = plan ? Math.min(NationalTime.dayOf(updated[i]), NationalTime.workday(doc.planDeadline - r.nextInt(40))) : NONE;
                long interim = doc.interimDeadline != NONE && status[i] == NationalReports.ACCEPTED && r.nextInt(100) < 80
                        ? NationalTime.workday(doc.interimDeadline - 5 - r.nextInt(40)) : NONE;
                String own = registry.unitType[u] == NationalRegistry.DANG_BO ? "ĐU" : "CB";
                rows.col(implementationId[i]).col(directiveId[d]).col(registry.unitId[u])
                        .col(plan ? String.format("%02d-KH/%s", 1 + r.nextInt(20), own) : null).date(planDay).date(interim).nul()
                        .col(draft ? null : RESULTS[r.nextInt(RESULTS.length)]).col(NationalReports.STATUS[status[i]])
                        .ts(firstSubmitted[i]).ts(lastSubmitted[i]).ts(acceptedAt[i]).col(false).ts(created[i]).ts(updated[i]);
                rows.end();
            }
        }
    }

    static final String SESSION_COLUMNS = "implementation_id, position, held_on, format, members_at_date, members_attending, non_members_attending";

    /** One or two sessions (a draft may have none yet), between the assignment and the first submission. */
    void writeSessions(NationalRows rows) throws SQLException {
        for (int d = 0; d < DOCUMENTS.size(); d++) {
            for (int u = 0; u < units; u++) {
                int i = d * units + u;
                if (implementationId[i] == 0) {
                    continue;
                }
                SplittableRandom r = NationalDataset.random(seed, 'e', i);
                boolean draft = status[i] == NationalReports.DRAFT;
                int sessions = draft ? r.nextInt(2) : 1 + (r.nextInt(100) < 45 ? 1 : 0);
                long from = NationalTime.dayOf(created[i]);
                long to = draft ? from + 30 : Math.max(from + 1, NationalTime.dayOf(firstSubmitted[i]) - 1);
                int members = Math.max(1, (int) Math.round(registry.unitTotal[u] * (0.96 + 0.04 * d / DOCUMENTS.size())));
                long day = from - 1;
                for (int k = 1; k <= sessions; k++) {
                    day = Math.max(day + 1, NationalTime.workday(from + (to - from) * k / (sessions + 1) + r.nextInt(3) - 1));
                    int attending = members - (int) Math.round(members * 0.22 * r.nextDouble());
                    int format = NationalRegistry.weighted(r, 75, 5, 20);
                    rows.col(implementationId[i]).col(k).date(day).col(new String[] {"IN_PERSON", "ONLINE", "COMBINED"}[format])
                            .col(members).col(attending).col(r.nextInt(100) < 40 ? r.nextInt(members / 4 + 1) : 0);
                    rows.end();
                }
            }
        }
    }

    static final String MODEL_COLUMNS = "implementation_id, position, kind, name, description";

    void writeModels(NationalRows rows) throws SQLException {
        for (int d = 0; d < DOCUMENTS.size(); d++) {
            if (!DOCUMENTS.get(d).models) {
                continue;
            }
            for (int u = 0; u < units; u++) {
                int i = d * units + u;
                if (implementationId[i] == 0 || status[i] == NationalReports.DRAFT) {
                    continue;
                }
                SplittableRandom r = NationalDataset.random(seed, 'm', i);
                if (r.nextInt(100) >= 12) {
                    continue;
                }
                if (r.nextInt(100) < 70) {
                    rows.col(implementationId[i]).col(1).col("MODEL").col(MODELS[r.nextInt(MODELS.length)]).nul();
                } else {
                    rows.col(implementationId[i]).col(1).col("EXEMPLAR").col("Đồng chí " + NationalNames.person(r))
                            .col("Gương mẫu, tận tụy với công việc, được quần chúng tin yêu.");
                }
                rows.end();
            }
        }
    }

    static final String EVENT_COLUMNS = "implementation_id, at, actor, action, from_status, to_status, comment";

    void writeEvents(NationalRows rows) throws SQLException {
        for (int d = 0; d < DOCUMENTS.size(); d++) {
            for (int u = 0; u < units; u++) {
                int i = d * units + u;
                if (implementationId[i] == 0 || firstSubmitted[i] == NONE) {
                    continue;
                }
                long id = implementationId[i];
                String secretary = NationalRegistry.secretaryAccount(u);
                event(rows, id, firstSubmitted[i], secretary, "SUBMIT", "DRAFT", "SUBMITTED", null);
                String waiting = "SUBMITTED";
                if (returnedAt[i] != NONE) {
                    event(rows, id, returnedAt[i], NationalRegistry.STAFF, "RETURN", "SUBMITTED", "RETURNED",
                            RETURN_COMMENTS[i % RETURN_COMMENTS.length]);
                    if (status[i] == NationalReports.RETURNED) {
                        continue;
                    }
                    event(rows, id, lastSubmitted[i], secretary, "RESUBMIT", "RETURNED", "RESUBMITTED", null);
                    waiting = "RESUBMITTED";
                }
                if (acceptedAt[i] != NONE) {
                    event(rows, id, acceptedAt[i], NationalRegistry.STAFF, "ACCEPT", waiting, "ACCEPTED", null);
                }
            }
        }
    }

    private static void event(NationalRows rows, long implementationId, long at, String actor, String action, String from,
                              String to, String comment) throws SQLException {
        rows.col(implementationId).ts(at).col(actor).col(action).col(from).col(to).col(comment);
        rows.end();
    }
}
