package vn.partytrack.bench;

import java.sql.SQLException;
import java.util.SplittableRandom;

import static vn.partytrack.bench.NationalTime.NONE;

/**
 * The 2020–2025 term and one congress per grassroots unit, stage by stage (db/migration V7, in the manner of
 * db/sample V8): pilots in March 2020, most held between April and the 30 June deadline, a few late, about 3.5% not
 * held (stopped at an earlier stage). Stages are reached in order; the two the district confirms (approval to convene,
 * approval of the results) go through submit/accept, a few returned once, a few still awaiting review.
 */
final class NationalCongresses {

    static final String[] STAGES = {"KE_HOACH", "VAN_KIEN", "NHAN_SU", "TRINH_CAP_TREN", "DONG_Y_TO_CHUC", "DA_TO_CHUC",
        "BAO_CAO_KET_QUA", "CHUAN_Y", "HOAN_THANH_HO_SO"};
    static final int CONVENE = 4, HELD = 5, APPROVED = 7;
    static final int DELEGATE_THRESHOLD = 200;

    private static final String[] RETURN_COMMENTS = {
        "Đề nghị hoàn thiện đề án nhân sự: bổ sung lý lịch, bản kê khai tài sản của nhân sự dự kiến bầu cấp ủy.",
        "Dự thảo báo cáo chính trị chưa đánh giá đầy đủ kết quả thực hiện nghị quyết nhiệm kỳ trước, đề nghị bổ sung.",
        "Đề nghị điều chỉnh thời gian tổ chức đại hội cho phù hợp với kế hoạch chung của cấp trên."};

    final int units;
    final long termId;
    final long[] congressId;
    /** Stage days by index {@code unit * 9 + stage}; {@link NationalTime#NONE} where the stage is not reached. */
    final long[] stageDay;
    final byte[] stagesReached;
    /** The first stage record id of each unit; its records follow in stage order. */
    final long[] firstRecordId;
    final boolean[] convenedReturned;
    /** The last district-confirmed stage reached is still awaiting review. */
    final boolean[] awaiting;
    final long[] plannedDay;
    final boolean[] pilot;
    final long records;

    private final long seed;
    private final NationalRegistry registry;

    NationalCongresses(long seed, NationalRegistry registry, long termId, long firstCongressId, long firstRecordId) {
        this.seed = seed;
        this.registry = registry;
        this.units = registry.units;
        this.termId = termId;
        congressId = new long[units];
        stageDay = new long[units * STAGES.length];
        stagesReached = new byte[units];
        this.firstRecordId = new long[units];
        convenedReturned = new boolean[units];
        awaiting = new boolean[units];
        plannedDay = new long[units];
        pilot = new boolean[units];
        long record = firstRecordId;
        for (int u = 0; u < units; u++) {
            SplittableRandom r = NationalDataset.random(seed, 'K', u);
            congressId[u] = firstCongressId + u;
            pilot[u] = r.nextInt(100) < 3;
            long planned = pilot[u] ? NationalTime.workday(NationalTime.day(2020, 3, 2) + r.nextInt(26))
                    : NationalTime.workday(NationalTime.day(2020, 4, 15) + r.nextInt(66));
            plannedDay[u] = planned;
            int fate = r.nextInt(1000);
            boolean held = fate >= 35;
            long heldDay;
            if (!held) {
                heldDay = planned;
            } else if (fate < 55) {
                heldDay = NationalTime.workday(NationalTime.day(2020, 7, 1) + r.nextInt(75)); // after the deadline
            } else if (fate < 95) {
                heldDay = NationalTime.workday(planned + 3 + r.nextInt(10)); // later than planned
            } else {
                heldDay = r.nextInt(10) == 0 ? planned - 1 : planned;
            }
            int reached;
            if (!held) {
                reached = 1 + r.nextInt(CONVENE + 1); // stopped somewhere from the plan to the approval to convene
            } else {
                int end = r.nextInt(100);
                reached = end < 88 ? 9 : end < 94 ? 8 : end < 97 ? 7 : 8;
                awaiting[u] = end >= 97; // approval of the results submitted, not yet confirmed
            }
            if (!held && reached == CONVENE + 1) {
                awaiting[u] = r.nextInt(2) == 0; // the approval to convene may still await the district
            }
            convenedReturned[u] = reached > CONVENE && r.nextInt(100) < 3;
            long[] d = new long[STAGES.length];
            d[0] = heldDay - 60 - r.nextInt(36);
            d[1] = d[0] + 10 + r.nextInt(16);
            d[2] = d[1] + 3 + r.nextInt(8);
            d[3] = Math.max(d[2] + 1, heldDay - 14 - r.nextInt(12));
            d[4] = Math.max(d[3] + 1, Math.min(d[3] + 3 + r.nextInt(6), heldDay - 6));
            d[5] = heldDay;
            d[6] = heldDay + 2 + r.nextInt(5);
            d[7] = d[6] + 3 + r.nextInt(8);
            d[8] = d[7] + 14 + r.nextInt(32);
            for (int s = 0; s < STAGES.length; s++) {
                stageDay[u * STAGES.length + s] = s < reached ? NationalTime.workday(d[s]) : NONE;
            }
            // workday() may push a day onto the next one's Monday: keep the order strict
            for (int s = 1; s < reached; s++) {
                int k = u * STAGES.length + s;
                if (stageDay[k] <= stageDay[k - 1]) {
                    stageDay[k] = stageDay[k - 1] + 1;
                }
            }
            stagesReached[u] = (byte) reached;
            this.firstRecordId[u] = record;
            record += reached;
        }
        records = record - firstRecordId;
    }

    boolean held(int u) {
        return stagesReached[u] > HELD;
    }

    long heldCount() {
        long n = 0;
        for (int u = 0; u < units; u++) {
            if (held(u)) {
                n++;
            }
        }
        return n;
    }

    // ---- COPY

    static final String TERM_COLUMNS = "id, code, name_vi, name_en, governing_document, grassroots_deadline, delegate_threshold, sample";

    void writeTerm(NationalRows rows) throws SQLException {
        rows.col(termId).col("2020-2025").col("Nhiệm kỳ 2020–2025").col("Term 2020–2025").col("Chỉ thị 35-CT/TW (30/5/2019)")
                .date(NationalTime.day(2020, 6, 30)).col(DELEGATE_THRESHOLD).col(false);
        rows.end();
    }

    static final String CONGRESS_COLUMNS = "id, organisation_id, term_id, sequence_number, pilot, form, planned_date, held_from, "
            + "held_to, summoned, attending, committee_approved, committee_elected, secretary_name, secretary_vote_pct, "
            + "secretary_direct, deputy_names, deputy_vote_pct, approval_decision_no, approval_decision_on, sample, created_at, updated_at";

    void writeCongresses(NationalRows rows) throws SQLException {
        for (int u = 0; u < units; u++) {
            SplittableRandom r = NationalDataset.random(seed, 'k', u);
            int base = u * STAGES.length;
            int reached = stagesReached[u];
            boolean dangBo = registry.unitType[u] == NationalRegistry.DANG_BO;
            int members2020 = Math.max(3, (int) Math.round(registry.unitTotal[u] * (0.92 + 0.04 * r.nextDouble())));
            boolean delegates = members2020 >= DELEGATE_THRESHOLD;
            int summoned = delegates ? Math.min(members2020, 100 + r.nextInt(151)) : members2020;
            int approved = dangBo ? 5 + 2 * r.nextInt(6) : (members2020 < 9 ? 1 : r.nextInt(3) == 0 ? 5 : 3);
            boolean held = held(u);
            long heldDay = held ? stageDay[base + HELD] : NONE;
            long heldTo = held && dangBo && r.nextInt(100) < 40 ? heldDay + 1 : heldDay;
            boolean approvedResults = reached > APPROVED && !(awaiting[u] && reached == APPROVED + 1);
            long approvalDay = approvedResults ? stageDay[base + APPROVED] : NONE;
            long created = NationalTime.office(stageDay[base], r);
            long updatedAt = NationalTime.office(stageDay[base + reached - 1], r);
            rows.col(congressId[u]).col(registry.unitId[u]).col(termId).col(1 + r.nextInt(25)).col(pilot[u])
                    .col(delegates ? "DELEGATES" : "ALL_MEMBERS").date(plannedDay[u]).date(heldDay).date(heldTo);
            if (held) {
                int attending = summoned - (int) Math.round(summoned * 0.12 * r.nextDouble());
                int elected = approved - (r.nextInt(100) < 5 && approved > 1 ? 1 : 0);
                rows.col(summoned).col(attending).col(approved).col(elected).col(registry.unitSecretary[u])
                        .hundredths(7500 + r.nextInt(2501)).col(r.nextInt(100) < 15).col(registry.unitDeputy[u]);
                if (registry.unitDeputy[u] == null) {
                    rows.nul();
                } else {
                    rows.hundredths(7000 + r.nextInt(3001));
                }
            } else {
                rows.nul().nul();
                if (reached > 2) {
                    rows.col(approved);
                } else {
                    rows.nul();
                }
                rows.nul().nul().nul().col(false).nul().nul();
            }
            if (approvedResults) {
                rows.col(decisionNumber(u)).date(approvalDay);
            } else {
                rows.nul().nul();
            }
            rows.col(false).ts(created).ts(Math.max(created, updatedAt));
            rows.end();
        }
    }

    /** The approval decision's number, as on the congress and in the note of its CHUAN_Y stage. */
    private String decisionNumber(int u) {
        return (100 + NationalDataset.random(seed, 'Q', u).nextInt(900)) + "-QĐ/" + registry.committeeAbbreviation[registry.unitCommittee[u]];
    }

    static final String RECORD_COLUMNS = "id, congress_id, stage_code, completed_on, note, status, first_submitted_at, "
            + "last_submitted_at, accepted_at";

    void writeRecords(NationalRows rows) throws SQLException {
        for (int u = 0; u < units; u++) {
            SplittableRandom r = NationalDataset.random(seed, 'k', u);
            String abbreviation = registry.committeeAbbreviation[registry.unitCommittee[u]];
            String own = registry.unitType[u] == NationalRegistry.DANG_BO ? "ĐU" : "CB";
            for (int s = 0; s < stagesReached[u]; s++) {
                long day = stageDay[u * STAGES.length + s];
                String note = switch (s) {
                    case 0 -> "Kế hoạch số " + two(1 + r.nextInt(20)) + "-KH/" + own + " ngày " + NationalTime.vietnamese(day);
                    case CONVENE -> "Công văn số " + (100 + r.nextInt(900)) + "-CV/" + abbreviation + " ngày " + NationalTime.vietnamese(day)
                            + " đồng ý cho tổ chức đại hội";
                    case APPROVED -> "Quyết định chuẩn y số " + decisionNumber(u) + " ngày " + NationalTime.vietnamese(day);
                    default -> null;
                };
                rows.col(firstRecordId[u] + s).col(congressId[u]).col(STAGES[s]).date(day).col(note);
                if (s == CONVENE || s == APPROVED) {
                    Review v = review(u, s);
                    rows.col(v.status).ts(v.first).ts(v.last).ts(v.accepted);
                } else {
                    rows.col("DRAFT").nul().nul().nul();
                }
                rows.end();
            }
        }
    }

    static final String EVENT_COLUMNS = "record_id, at, actor, action, from_status, to_status, comment";

    void writeEvents(NationalRows rows) throws SQLException {
        for (int u = 0; u < units; u++) {
            String secretary = NationalRegistry.secretaryAccount(u);
            for (int s : new int[] {CONVENE, APPROVED}) {
                if (s >= stagesReached[u]) {
                    continue;
                }
                long id = firstRecordId[u] + s;
                Review v = review(u, s);
                event(rows, id, v.first, secretary, "SUBMIT", "DRAFT", "SUBMITTED", null);
                String waiting = "SUBMITTED";
                if (v.returned != NONE) {
                    event(rows, id, v.returned, NationalRegistry.STAFF, "RETURN", "SUBMITTED", "RETURNED",
                            RETURN_COMMENTS[u % RETURN_COMMENTS.length]);
                    event(rows, id, v.last, secretary, "RESUBMIT", "RETURNED", "RESUBMITTED", null);
                    waiting = "RESUBMITTED";
                }
                if (v.accepted != NONE) {
                    event(rows, id, v.accepted, NationalRegistry.STAFF, "ACCEPT", waiting, "ACCEPTED", null);
                }
            }
        }
    }

    private record Review(String status, long first, long returned, long last, long accepted) {
    }

    /** Submitted the day after the stage at 09:00, accepted one or two days later at 15:00 (as in the sample). */
    private Review review(int u, int s) {
        long day = stageDay[u * STAGES.length + s];
        long first = NationalTime.at(NationalTime.workday(day + 1), 9 * 60);
        boolean last = s + 1 == stagesReached[u];
        if (last && awaiting[u]) {
            return new Review("SUBMITTED", first, NONE, first, NONE);
        }
        if (s == CONVENE && convenedReturned[u]) {
            long returned = NationalTime.at(NationalTime.workday(day + 2), 10 * 60);
            long resubmitted = NationalTime.at(NationalTime.workday(NationalTime.dayOf(returned) + 1), 9 * 60);
            long accepted = NationalTime.at(NationalTime.workday(NationalTime.dayOf(resubmitted) + 1), 15 * 60);
            return new Review("ACCEPTED", first, returned, resubmitted, accepted);
        }
        long accepted = NationalTime.at(NationalTime.workday(NationalTime.dayOf(first) + 1 + (int) ((u + s) % 2)), 15 * 60);
        return new Review("ACCEPTED", first, NONE, first, accepted);
    }

    private static void event(NationalRows rows, long recordId, long at, String actor, String action, String from, String to,
                              String comment) throws SQLException {
        rows.col(recordId).ts(at).col(actor).col(action).col(from).col(to).col(comment);
        rows.end();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
