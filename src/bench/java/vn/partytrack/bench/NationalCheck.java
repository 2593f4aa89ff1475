package vn.partytrack.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Consistency queries over the loaded national dataset: each counts the rows that break a rule the application relies
 * on and that the schema does not enforce by itself (tree paths, the indicator catalogue's rules, report histories,
 * the registry's versions).
 * Every count should be 0.
 */
final class NationalCheck {

    private NationalCheck() {
    }

    private static final String[][] CHECKS = {
        {"grassroots units whose path is not /province/committee/unit/ (4 slashes)", """
                SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                WHERE o.code LIKE 'NAT-%' AND o.path !~ '^/[0-9]+/[0-9]+/[0-9]+/$'"""},
        {"organisations whose path is not their parent's path plus their id", """
                SELECT count(*) FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id
                WHERE o.code LIKE 'NAT-%' AND o.path <> COALESCE(p.path, '/') || o.id || '/'"""},
        {"provinces not TINH_UY at the root, or committees not CAP_TREN_CO_SO under a province", """
                SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id
                WHERE (o.code ~ '^NAT-P[0-9]+$' AND (t.code <> 'TINH_UY' OR o.parent_id IS NOT NULL))
                   OR (o.code ~ '^NAT-P[0-9]+-C[0-9]+$' AND (t.code <> 'CAP_TREN_CO_SO' OR o.path !~ '^/[0-9]+/[0-9]+/$'))"""},
        {"reports breaking an indicator rule (full+probationary=total, admitted<=probationary, inspected<=total, "
                + "held<=required, female<=total)", """
                SELECT count(*) FROM (
                  SELECT report_id,
                         max(number_value) FILTER (WHERE indicator_code = 'MEMBERS_TOTAL') AS total,
                         max(number_value) FILTER (WHERE indicator_code = 'MEMBERS_FULL') AS full_members,
                         max(number_value) FILTER (WHERE indicator_code = 'MEMBERS_PROBATIONARY') AS probationary,
                         max(number_value) FILTER (WHERE indicator_code = 'MEMBERS_FEMALE') AS female,
                         max(number_value) FILTER (WHERE indicator_code = 'ADMITTED') AS admitted,
                         max(number_value) FILTER (WHERE indicator_code = 'INSPECTED_MEMBERS') AS inspected,
                         max(number_value) FILTER (WHERE indicator_code = 'MEETINGS_HELD') AS held,
                         max(number_value) FILTER (WHERE indicator_code = 'MEETINGS_REQUIRED') AS required
                  FROM report_value GROUP BY report_id) v
                WHERE full_members + probationary <> total OR admitted > probationary OR inspected > total
                   OR held > required OR female > total"""},
        {"submitted reports without all 16 figures, or drafts without the member counts", """
                SELECT count(*) FROM report r LEFT JOIN (SELECT report_id, count(*) AS n FROM report_value GROUP BY report_id) v
                  ON v.report_id = r.id
                WHERE (r.status <> 'DRAFT' AND COALESCE(v.n, 0) <> 16) OR (r.status = 'DRAFT' AND COALESCE(v.n, 0) < 3)"""},
        {"reports whose history does not match their state (SUBMIT, RETURN with comment, ACCEPT, LOCK)", """
                SELECT count(*) FROM report r LEFT JOIN (
                  SELECT report_id, count(*) FILTER (WHERE action = 'SUBMIT') AS submits,
                         count(*) FILTER (WHERE action = 'RETURN' AND comment IS NOT NULL) AS returns,
                         count(*) FILTER (WHERE action = 'ACCEPT') AS accepts, count(*) FILTER (WHERE action = 'LOCK') AS locks,
                         max(at) AS last_at
                  FROM report_event GROUP BY report_id) e ON e.report_id = r.id
                WHERE (r.status <> 'DRAFT') <> (COALESCE(e.submits, 0) = 1)
                   OR (r.status IN ('RETURNED', 'RESUBMITTED') AND COALESCE(e.returns, 0) = 0)
                   OR (r.status IN ('ACCEPTED', 'LOCKED')) <> (COALESCE(e.accepts, 0) = 1)
                   OR (r.status = 'LOCKED') <> (COALESCE(e.locks, 0) = 1)
                   OR (r.status IN ('ACCEPTED', 'LOCKED')) <> (r.accepted_at IS NOT NULL)
                   OR r.last_submitted_at < r.first_submitted_at OR r.accepted_at < r.last_submitted_at
                   OR e.last_at IS NULL OR r.updated_at < r.created_at"""},
        {"report events out of order (an event before the previous one of the same report)", """
                SELECT count(*) FROM (SELECT at < lag(at) OVER (PARTITION BY report_id ORDER BY id) AS backwards FROM report_event) e
                WHERE backwards"""},
        {"report items whose unit or period differs from their report's (set by the BEFORE INSERT trigger)", """
                SELECT count(*) FROM report_item i JOIN report r ON r.id = i.report_id
                WHERE i.organisation_id <> r.organisation_id OR i.period_id <> r.period_id"""},
        {"grassroots units without exactly one congress of the 2020-2025 term", """
                SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                LEFT JOIN congress k ON k.organisation_id = o.id
                WHERE o.code LIKE 'NAT-%' AND k.id IS NULL"""},
        {"congresses whose stages are not a prefix of the stage order, or held_from without the DA_TO_CHUC stage", """
                SELECT count(*) FROM congress k LEFT JOIN (
                  SELECT congress_id, count(*) AS n, max(sort_order) AS last_order, bool_or(stage_code = 'DA_TO_CHUC') AS held_stage,
                         bool_and(completed_on > COALESCE(previous_on, completed_on - 1)) AS ordered
                  FROM (SELECT r.congress_id, r.stage_code, r.completed_on, s.sort_order,
                               lag(r.completed_on) OVER (PARTITION BY r.congress_id ORDER BY s.sort_order) AS previous_on
                        FROM congress_stage_record r JOIN congress_stage s ON s.code = r.stage_code) r
                  GROUP BY congress_id) x ON x.congress_id = k.id
                WHERE x.n IS NULL OR x.n <> (SELECT count(*) FROM congress_stage WHERE sort_order <= x.last_order)
                   OR (k.held_from IS NOT NULL) <> x.held_stage OR NOT x.ordered"""},
        {"directive assignments missing (every document to every grassroots unit)", """
                SELECT (SELECT count(*) FROM directive) * (SELECT count(*) FROM organisation o JOIN organisation_type t
                        ON t.id = o.type_id AND t.grassroots WHERE o.code LIKE 'NAT-%') - (SELECT count(*) FROM directive_assignment)"""},
        {"implementations not in DRAFT without a SUBMIT event", """
                SELECT count(*) FROM directive_implementation i
                WHERE i.status <> 'DRAFT' AND NOT EXISTS (SELECT 1 FROM directive_implementation_event e
                                                          WHERE e.implementation_id = i.id AND e.action = 'SUBMIT')"""},
        // the registry's history (NationalHistory): every period's figures count the units as they stood at its cut-off
        // a unit deactivated before the review ends in its first version (V17's rule), so only the others count here
        {"units with fewer than two versions (of those not deactivated before " + NationalHistory.MEMBERS_REVIEWED + ")", """
                SELECT count(*) FROM organisation o
                WHERE (o.active OR (o.deactivated_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > DATE '%s')
                  AND (SELECT count(*) FROM organisation_version v WHERE v.organisation_id = o.id) < 2"""
                .formatted(NationalHistory.MEMBERS_REVIEWED)},
        {"units whose versions overlap or leave a gap between the first start and the last end", """
                SELECT count(DISTINCT organisation_id) FROM (
                  SELECT organisation_id, valid_from,
                         lag(valid_from) OVER w AS previous_from, lag(valid_to) OVER w AS previous_to
                  FROM organisation_version WINDOW w AS (PARTITION BY organisation_id ORDER BY valid_from)) v
                WHERE previous_from IS NOT NULL AND previous_to IS DISTINCT FROM valid_from"""},
        {"versions without their decision", "SELECT count(*) FROM organisation_version WHERE decision_id IS NULL"},
        {"periods whose units_at(cut-off) is empty or more than 5% off the number of active units", """
                SELECT count(*) FROM reporting_period p
                CROSS JOIN LATERAL (SELECT count(*) AS n FROM units_at(p.cutoff_date)) u
                CROSS JOIN (SELECT count(*) AS n FROM organisation WHERE active) a
                WHERE u.n = 0 OR abs(u.n - a.n) > 0.05 * a.n"""},
        {"national periods not on both sides of the " + NationalHistory.TRANSFERRED + " transfers (0: cut-offs before and after)", """
                SELECT CASE WHEN count(*) FILTER (WHERE cutoff_date < DATE '%1$s') > 0
                             AND count(*) FILTER (WHERE cutoff_date >= DATE '%1$s') > 0 THEN 0 ELSE 1 END
                FROM reporting_period""".formatted(NationalHistory.TRANSFERRED)},
        {"organisation rows that differ from their unit's open version (or inactive units with one)", """
                SELECT count(*) FROM organisation o
                LEFT JOIN organisation_version v ON v.organisation_id = o.id AND v.valid_to IS NULL
                WHERE CASE WHEN o.active
                           THEN v.organisation_id IS NULL
                                OR (o.code, o.name, o.type_id, o.parent_id, o.path, o.bloc_id, o.sector_id, o.members_total,
                                    o.members_full, o.members_probationary)
                                   IS DISTINCT FROM (v.code, v.name, v.type_id, v.parent_id, v.path, v.bloc_id, v.sector_id,
                                                     v.members_total, v.members_full, v.members_probationary)
                           ELSE v.organisation_id IS NOT NULL END"""},
        {"sequences behind their table's largest id (organisation, report, report_event, congress_stage_record)", """
                SELECT (SELECT count(*) FROM organisation WHERE id > (SELECT last_value FROM organisation_id_seq))
                     + (SELECT count(*) FROM report WHERE id > (SELECT last_value FROM report_id_seq))
                     + (SELECT count(*) FROM report_event WHERE id > (SELECT last_value FROM report_event_id_seq))
                     + (SELECT count(*) FROM congress_stage_record WHERE id > (SELECT last_value FROM congress_stage_record_id_seq))"""},
    };

    /** One line per check: "ok" or "FAIL", the number of offending rows, what was checked and how long it took. */
    static List<String> run(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        int failures = 0;
        for (String[] check : CHECKS) {
            long t0 = System.nanoTime();
            long n;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(check[1])) {
                r.next();
                n = r.getLong(1);
            }
            if (n != 0) {
                failures++;
            }
            String line = String.format(Locale.ROOT, "%-4s %,9d  %s (%.1f s)", n == 0 ? "ok" : "FAIL", n, check[0], (System.nanoTime() - t0) / 1e9);
            lines.add(line);
            System.out.println("  check: " + line);
        }
        lines.add(failures == 0 ? "all " + CHECKS.length + " checks passed" : failures + " of " + CHECKS.length + " checks FAILED");
        return lines;
    }
}
