package vn.partytrack.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Officers by term for the national dataset (issue 21): every grassroots unit gets the committee its 2020 congress
 * elected and six posts — the secretary and deputy of the previous term (ended when the congress met), today's
 * secretary and deputy elected there, and two committee members, one of whom left and was replaced by a by-election
 * in one unit of three — about 300,000 posts for 52,000 units. Written set-based from the loaded congresses and the
 * registry, so the names are the registry's (fictional) ones and synthetic ones for the others.
 */
final class NationalOfficers {

    private NationalOfficers() {
    }

    static String write(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int committees = s.executeUpdate("INSERT INTO officer_committee (organisation_id, term_id, congress_id, approved_size,"
                    + " elected_size, starts_on, ends_on, decision_no, decision_on, sample)"
                    + " SELECT k.organisation_id, k.term_id, k.id, k.committee_approved,"
                    + " LEAST(k.committee_elected, coalesce(k.committee_approved, k.committee_elected)), k.held_from,"
                    + " (k.held_from + INTERVAL '5 years')::date, k.approval_decision_no, k.approval_decision_on, false"
                    + " FROM congress k WHERE k.held_from IS NOT NULL ON CONFLICT DO NOTHING");
            int posts = s.executeUpdate("INSERT INTO officer_post (organisation_id, term_id, kind, person_name, held_from, held_to,"
                    + " came_by, decision_no, decision_on, decision_issuer, left_by, end_decision_no, sample)"
                    + " SELECT o.id, CASE WHEN v.previous THEN NULL ELSE k.term_id END, v.kind,"
                    + " coalesce(v.name, 'Cán bộ ' || o.id || '-' || v.n), v.held_from, v.held_to, v.came_by,"
                    + " CASE WHEN v.came_by = 'ADDED' THEN 'BS-' || o.id ELSE coalesce(k.approval_decision_no, 'QĐ-' || o.id) END,"
                    + " k.approval_decision_on, 'Ban Thường vụ', v.left_by, NULL, false"
                    + " FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots"
                    + " LEFT JOIN congress k ON k.organisation_id = o.id"
                    + " CROSS JOIN LATERAL (SELECT coalesce(k.held_from, DATE '2020-06-01') AS d) f"
                    + " CROSS JOIN LATERAL (VALUES"
                    + "  (1, 'BI_THU', NULL::varchar, (f.d - INTERVAL '5 years')::date, f.d - 1, 'ELECTED', 'TERM_ENDED', true),"
                    + "  (2, 'PHO_BI_THU', NULL, (f.d - INTERVAL '5 years')::date, f.d - 1, 'ELECTED', 'TERM_ENDED', true),"
                    + "  (3, 'BI_THU', o.secretary_name, f.d, NULL::date, 'ELECTED', NULL::varchar, false),"
                    + "  (4, 'PHO_BI_THU', o.deputy_secretary_name, f.d, NULL, 'ELECTED', NULL, false),"
                    + "  (5, 'CAP_UY_VIEN', NULL, f.d, CASE WHEN o.id % 3 = 0 THEN (f.d + INTERVAL '2 years')::date END, 'ELECTED',"
                    + "      CASE WHEN o.id % 3 = 0 THEN 'RESIGNED' END, false),"
                    + "  (6, 'CAP_UY_VIEN', NULL, CASE WHEN o.id % 3 = 0 THEN (f.d + INTERVAL '2 years 3 months')::date ELSE f.d END,"
                    + "      NULL, CASE WHEN o.id % 3 = 0 THEN 'ADDED' ELSE 'ELECTED' END, NULL, false)"
                    + " ) AS v (n, kind, name, held_from, held_to, came_by, left_by, previous)"
                    + " WHERE NOT EXISTS (SELECT 1 FROM officer_post p WHERE p.organisation_id = o.id)");
            s.execute("UPDATE organisation o SET term_label = '2020–2025' FROM organisation_type t"
                    + " WHERE t.id = o.type_id AND t.grassroots AND o.term_label IS NULL");
            return String.format(Locale.ROOT, "Officers: %,d committees, %,d posts", committees, posts);
        }
    }
}
