package vn.partytrack.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.SQLException;

/**
 * Five years of annual ratings (2021–2025) for every grassroots unit of the national dataset, written by one
 * INSERT … SELECT in the database (about 260,000 rows in seconds): members as counts per level from the unit's
 * members, levels drawn from a seeded hash so that the same seed gives the same ratings. A unit has a standing
 * (about 12% of the units are usually excellent) and a yearly draw, so some are excellent several years running and
 * about 1% do not complete their tasks. Every year before 2025 is decided; of 2025, about 80% are decided, 8%
 * appraised, 6% submitted, 3% drafts and 3% not started. About 2% of the units rate more members excellent than
 * their quota allows. No events or evidence: the benchmarks read the tracker and the distribution.
 */
final class NationalRatings {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    private NationalRatings() {
    }

    static String write(Connection c, long seed) throws SQLException {
        try (Statement s = c.createStatement()) {
            // numbers only: formatted into the statement (plain JDBC has no numbered parameters)
            String sql = """
                INSERT INTO rating (organisation_id, year, rule_set_id, self_level, self_score, members_total, members_htxs,
                                    members_htt, members_ht, members_kht, members_exempted, members_not_reviewed, status,
                                    first_submitted_at, last_submitted_at, accepted_at, proposed_level, appraised_by, appraised_at,
                                    decided_level, decision_number, decision_date, decided_by, decided_at, created_at, updated_at)
                SELECT o.id, g.y, rs.id, lv.level, CASE WHEN rs.scored THEN lv.score END,
                       m.total, m.htxs, m.htt, m.total - m.ex - m.htxs - m.htt - m.kht, m.kht, m.ex, 0, st.status,
                       CASE WHEN st.status <> 'DRAFT' THEN make_timestamptz(g.y, 12, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh') END,
                       CASE WHEN st.status <> 'DRAFT' THEN make_timestamptz(g.y, 12, 10, 9, 0, 0, 'Asia/Ho_Chi_Minh') END,
                       CASE WHEN st.status = 'ACCEPTED' THEN make_timestamptz(g.y, 12, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh') END,
                       CASE WHEN st.status = 'ACCEPTED' THEN lv.level END,
                       CASE WHEN st.status = 'ACCEPTED' THEN 'nat-staff' END,
                       CASE WHEN st.status = 'ACCEPTED' THEN make_timestamptz(g.y, 12, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh') END,
                       CASE WHEN st.decided THEN lv.level END,
                       CASE WHEN st.decided THEN (10 + g.y % 100) || '-QĐ/ĐU' END,
                       CASE WHEN st.decided THEN make_date(g.y + 1, 1, 15) END,
                       CASE WHEN st.decided THEN 'nat-thuongvu' END,
                       CASE WHEN st.decided THEN make_timestamptz(g.y + 1, 1, 15, 9, 0, 0, 'Asia/Ho_Chi_Minh') END,
                       make_timestamptz(g.y, 12, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'), make_timestamptz(g.y, 12, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh')
                FROM organisation o
                JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                CROSS JOIN generate_series(?2, ?3) g(y)
                JOIN rating_rule_set rs ON rs.from_year <= g.y AND (rs.to_year IS NULL OR g.y <= rs.to_year)
                CROSS JOIN LATERAL (SELECT (hashtext(o.id || ':' || ?1) & 2147483647) % 1000 AS standing,
                                           (hashtext(o.id || ':' || g.y || ':' || ?1) & 2147483647) % 1000 AS draw,
                                           (hashtext(o.id || '/' || g.y || '/' || ?1) & 2147483647) % 100 AS stage) z
                CROSS JOIN LATERAL (SELECT CASE WHEN (z.standing < 120 AND z.draw < 700) OR z.draw < 40 THEN 'HTXS'
                                                WHEN z.draw >= 990 THEN 'KHT' WHEN z.draw >= 900 THEN 'HT' ELSE 'HTT' END AS level) l
                CROSS JOIN LATERAL (SELECT l.level, CASE l.level WHEN 'HTXS' THEN 90 + z.draw % 10 WHEN 'HTT' THEN 70 + z.draw % 20
                                                                 WHEN 'HT' THEN 50 + z.draw % 20 ELSE 30 + z.draw % 20 END AS score) lv
                CROSS JOIN LATERAL (SELECT greatest(o.members_total, 0) AS total, greatest(o.members_total, 0) * 2 / 100 AS ex) m0
                CROSS JOIN LATERAL (SELECT m0.total, m0.ex, (m0.total - m0.ex) * 70 / 100 AS htt, (m0.total - m0.ex) / 100 AS kht) m1
                CROSS JOIN LATERAL (SELECT m1.total, m1.ex, m1.htt, m1.kht,
                                           m1.htt * CASE WHEN z.draw % 50 = 0 THEN 25 ELSE 10 + z.draw % 10 END / 100 AS htxs) m
                CROSS JOIN LATERAL (SELECT CASE WHEN g.y < ?3 OR z.stage < 80 THEN 'ACCEPTED' WHEN z.stage < 88 THEN 'ACCEPTED'
                                                WHEN z.stage < 94 THEN 'SUBMITTED' WHEN z.stage < 97 THEN 'DRAFT' END AS status,
                                           g.y < ?3 OR z.stage < 80 AS decided) st
                WHERE st.status IS NOT NULL""".replace("?1", Long.toString(seed)).replace("?2", Integer.toString(FIRST_YEAR))
                    .replace("?3", Integer.toString(LAST_YEAR));
            int rows = s.executeUpdate(sql);
            return String.format(java.util.Locale.ROOT, "Ratings %d–%d: %,d rows", FIRST_YEAR, LAST_YEAR, rows);
        }
    }
}
