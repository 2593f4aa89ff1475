package vn.partytrack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The national dataset's admission pipeline (issue 21): about 150,000 candidates (150,000 × units / 52,000) spread over
 * the grassroots units, at every stage, dated back from the load's day so that every committee has overdue ceremonies
 * and reviews of full membership. Written by two INSERT … SELECT statements (the stage dates, then the follow-up
 * deadline as the application computes it, {@code pt_working_days_after}); the same seed gives the same rows.
 * Names are fictional ("Quần chúng N (dữ liệu quốc gia)").
 */
final class NationalCandidates {

    /** Candidates for the full 52,000-unit dataset. */
    static final int NATIONAL = 150_000;

    private NationalCandidates() {
    }

    static int planned(int units) {
        return (int) Math.round(NATIONAL * (units / 52_000.0));
    }

    /**
     * Writes {@code n} candidates. Stages by k mod 20: 4 at the awareness course, 2 proposed, 2 verified, 2 decided
     * (ceremony due), 5 probationary (review due when their year ends), 4 full members, 1 removed; day offsets vary
     * with the seed so that roughly a fifth of the decided and probationary ones are overdue.
     */
    static String write(Connection c, int n, long seed) throws SQLException {
        long started = System.nanoTime();
        int shift = (int) Math.floorMod(seed, 97L);
        String insert = """
                INSERT INTO candidate (organisation_id, rule_id, full_name, birth_date, stage, awareness_date, awareness_certificate,
                                       proposal_date, proposal_number, verification_date, decision_date, decision_number, ceremony_date,
                                       recognition_date, recognition_number, removal_date, removal_number, removal_reason,
                                       created_by, created_at, updated_at)
                WITH units AS (
                    SELECT o.id, row_number() OVER (ORDER BY o.id) - 1 AS i
                    FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots WHERE o.active),
                plan AS (
                    SELECT k, k % 20 AS s, (k * 37 + ?) % 90 AS jitter, (k * 7919) % (SELECT count(*) FROM units) AS ui
                    FROM generate_series(0, ? - 1) AS k),
                dated AS (
                    SELECT p.k, u.id AS unit,
                           CASE WHEN p.s < 4 THEN 'HOC_NHAN_THUC' WHEN p.s < 6 THEN 'CHI_BO_DE_NGHI' WHEN p.s < 8 THEN 'THAM_TRA'
                                WHEN p.s < 10 THEN 'QUYET_DINH_KET_NAP' WHEN p.s < 15 THEN 'DA_KET_NAP'
                                WHEN p.s < 19 THEN 'CHINH_THUC' ELSE 'XOA_TEN_DU_BI' END AS stage,
                           -- days before today of the stage reached; earlier stages further back
                           CASE WHEN p.s < 8 THEN 10 + p.jitter WHEN p.s < 10 THEN 15 + p.jitter / 2
                                WHEN p.s < 15 THEN 300 + p.jitter * 2 WHEN p.s < 19 THEN 60 + p.jitter ELSE 30 + p.jitter END AS latest
                    FROM plan p JOIN units u ON u.i = p.ui)
                SELECT d.unit, (SELECT id FROM admission_rule ORDER BY valid_from DESC, id LIMIT 1),
                       'Quần chúng ' || d.k || ' (dữ liệu quốc gia)', t - (9000 + d.k % 5000),
                       d.stage,
                       t - d.latest - CASE d.stage WHEN 'HOC_NHAN_THUC' THEN 0 WHEN 'CHI_BO_DE_NGHI' THEN 120 WHEN 'THAM_TRA' THEN 160
                                        WHEN 'QUYET_DINH_KET_NAP' THEN 200 WHEN 'DA_KET_NAP' THEN 230 ELSE 600 END,
                       'CN-' || d.k,
                       CASE WHEN d.stage <> 'HOC_NHAN_THUC' THEN t - d.latest - CASE d.stage WHEN 'CHI_BO_DE_NGHI' THEN 0 WHEN 'THAM_TRA' THEN 40
                                        WHEN 'QUYET_DINH_KET_NAP' THEN 80 WHEN 'DA_KET_NAP' THEN 110 ELSE 480 END END,
                       CASE WHEN d.stage <> 'HOC_NHAN_THUC' THEN (d.k % 90 + 1) || '-NQ/CB' END,
                       CASE WHEN d.stage NOT IN ('HOC_NHAN_THUC', 'CHI_BO_DE_NGHI') THEN t - d.latest - CASE d.stage WHEN 'THAM_TRA' THEN 0
                                        WHEN 'QUYET_DINH_KET_NAP' THEN 40 WHEN 'DA_KET_NAP' THEN 70 ELSE 440 END END,
                       CASE WHEN d.stage IN ('QUYET_DINH_KET_NAP', 'DA_KET_NAP', 'CHINH_THUC', 'XOA_TEN_DU_BI')
                            THEN t - d.latest - CASE d.stage WHEN 'QUYET_DINH_KET_NAP' THEN 0 WHEN 'DA_KET_NAP' THEN 20 ELSE 420 END END,
                       CASE WHEN d.stage IN ('QUYET_DINH_KET_NAP', 'DA_KET_NAP', 'CHINH_THUC', 'XOA_TEN_DU_BI') THEN (d.k % 400 + 1) || '-QĐ/HU' END,
                       CASE WHEN d.stage IN ('DA_KET_NAP', 'CHINH_THUC', 'XOA_TEN_DU_BI')
                            THEN t - d.latest - CASE d.stage WHEN 'DA_KET_NAP' THEN 0 ELSE 400 END END,
                       CASE WHEN d.stage = 'CHINH_THUC' THEN t - d.latest END,
                       CASE WHEN d.stage = 'CHINH_THUC' THEN (d.k % 400 + 1) || '-QĐ/HU' END,
                       CASE WHEN d.stage = 'XOA_TEN_DU_BI' THEN t - d.latest END,
                       CASE WHEN d.stage = 'XOA_TEN_DU_BI' THEN (d.k % 400 + 1) || '-QĐ/HU' END,
                       CASE WHEN d.stage = 'XOA_TEN_DU_BI' THEN 'Không đủ tư cách (dữ liệu quốc gia)' END,
                       'national', now(), now()
                FROM dated d CROSS JOIN (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS t) today""";
        int inserted;
        try (PreparedStatement s = c.prepareStatement(insert)) {
            s.setInt(1, shift);
            s.setInt(2, n);
            inserted = s.executeUpdate();
        }
        int due;
        try (Statement s = c.createStatement()) {
            due = s.executeUpdate("""
                    UPDATE candidate c SET follow_up_due = CASE c.stage
                            WHEN 'QUYET_DINH_KET_NAP' THEN pt_working_days_after(c.decision_date, r.ceremony_working_days)
                            WHEN 'DA_KET_NAP' THEN pt_working_days_after((c.ceremony_date + make_interval(months => r.probation_months))::date,
                                                                         r.recognition_working_days) END
                    FROM admission_rule r WHERE r.id = c.rule_id AND c.stage IN ('QUYET_DINH_KET_NAP', 'DA_KET_NAP')""");
        }
        return String.format(Locale.ROOT, "Wrote %,d candidates (%,d with a follow-up deadline) in %.1f s", inserted, due,
                (System.nanoTime() - started) / 1e9);
    }
}
