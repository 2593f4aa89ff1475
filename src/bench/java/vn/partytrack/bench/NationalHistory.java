package vn.partytrack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The national registry through time (V17's {@code organisation_version}), written set-based after the COPY of the
 * registry and the periods, with the versioning triggers disabled ({@link NationalDataset#VERSION_TRIGGERS}): left
 * to themselves they give every copied unit one version from the day of the load, and every past period (all the
 * national periods have their cut-off before today) would count no unit at all.
 * <ul>
 * <li>v1, every unit, from the day before the first period starts (as V17's backfill) to {@link #MEMBERS_REVIEWED},
 * under an ESTABLISH decision; grassroots units with 0…3 full members fewer than today;</li>
 * <li>v2 from {@link #MEMBERS_REVIEWED}, today's attributes (the registry as generated), under an UPDATE decision:
 * the members changed a little; the committees' and provinces' figures did not, but the review covered them too;</li>
 * <li>v3 from {@link #TRANSFERRED} for a tenth of the grassroots units (id % 10 = 7) moved under the next district
 * committee of the same province, and for everything under them (their paths change too), under a TRANSFER decision.
 * {@code organisation} ends in that latest state. The benchmark's committee (the registry's first, 700 units) gives
 * no unit and takes none, so its size and its secretaries' units stay as BENCHMARKS.md describes them.</li>
 * </ul>
 * Inactive units end on their deactivation day, by V17's rule (none in the generated data today).
 */
final class NationalHistory {

    /** The mid-year review of the members: v2 begins. */
    static final LocalDate MEMBERS_REVIEWED = LocalDate.of(2023, 7, 1);
    /** The transfers: v3 begins. The national periods must lie on both sides of it (2023-YEAR before, 2024-H1 after). */
    static final LocalDate TRANSFERRED = LocalDate.of(2024, 1, 1);

    private static final String VERSION_COLUMNS = "organisation_id, valid_from, valid_to, code, name, type_id, parent_id, path, bloc_id, "
            + "sector_id, members_total, members_full, members_probationary, decision_id";

    /** In order, in one transaction; :names are replaced by date literals and ids before they run. */
    private static final List<String> STEPS = List.of(
            // per unit: the full members it gained at the review and, for the tenth that moves, its new committee (the
            // next one of the same province by id, cycling; never the benchmark's committee, nor its own)
            """
            CREATE TEMP TABLE nat_history ON COMMIT DROP AS
            WITH committee AS (
              SELECT o.id, o.parent_id, row_number() OVER (PARTITION BY o.parent_id ORDER BY o.id) AS n,
                     count(*) OVER (PARTITION BY o.parent_id) AS k
              FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.code = 'CAP_TREN_CO_SO'
              WHERE o.active AND o.id <> :first)
            SELECT o.id,
                   CASE WHEN t.grassroots THEN least(o.members_full, (o.id / 3) % 4) ELSE 0 END AS added,
                   CASE WHEN t.grassroots AND o.active AND o.id % 10 = 7 THEN
                     (SELECT n.id FROM committee c JOIN committee n ON n.parent_id = c.parent_id AND n.n = c.n % c.k + 1
                      WHERE c.id = o.parent_id AND n.id <> c.id) END AS new_parent
            FROM organisation o JOIN organisation_type t ON t.id = o.type_id""",
            """
            INSERT INTO organisation_version (%1$s)
            SELECT o.id, :since, :reviewed, o.code, o.name, o.type_id, o.parent_id, o.path, o.bloc_id, o.sector_id,
                   o.members_total - h.added, o.members_full - h.added, o.members_probationary, :establish
            FROM organisation o JOIN nat_history h ON h.id = o.id
            UNION ALL
            SELECT o.id, :reviewed, NULL, o.code, o.name, o.type_id, o.parent_id, o.path, o.bloc_id, o.sector_id,
                   o.members_total, o.members_full, o.members_probationary, :update
            FROM organisation o""".formatted(VERSION_COLUMNS),
            // one UPDATE: V13's triggers rewrite the paths of the moved units and of everything under them
            """
            UPDATE organisation o SET parent_id = h.new_parent FROM nat_history h
            WHERE h.id = o.id AND h.new_parent IS NOT NULL""",
            // every unit whose path changed, the moved ones and their subordinates, gets a version boundary
            """
            CREATE TEMP TABLE nat_moved ON COMMIT DROP AS
            SELECT o.id FROM organisation o JOIN organisation_version v ON v.organisation_id = o.id AND v.valid_to IS NULL
            WHERE (v.parent_id, v.path) IS DISTINCT FROM (o.parent_id, o.path)""",
            """
            UPDATE organisation_version v SET valid_to = :transferred FROM nat_moved m
            WHERE v.organisation_id = m.id AND v.valid_to IS NULL""",
            """
            INSERT INTO organisation_version (%1$s)
            SELECT o.id, :transferred, NULL, o.code, o.name, o.type_id, o.parent_id, o.path, o.bloc_id, o.sector_id,
                   o.members_total, o.members_full, o.members_probationary, :transfer
            FROM organisation o JOIN nat_moved m ON m.id = o.id""".formatted(VERSION_COLUMNS),
            // V17's rule for inactive units: no version from the deactivation day (at least one day after the first
            // version starts; today when no day was recorded)
            """
            CREATE TEMP TABLE nat_gone ON COMMIT DROP AS
            SELECT o.id, greatest(:since + 1, (coalesce(o.deactivated_at, now()) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS until
            FROM organisation o WHERE NOT o.active""",
            "DELETE FROM organisation_version v USING nat_gone g WHERE v.organisation_id = g.id AND v.valid_from >= g.until",
            """
            UPDATE organisation_version v SET valid_to = g.until FROM nat_gone g
            WHERE v.organisation_id = g.id AND (v.valid_to IS NULL OR v.valid_to > g.until)""");

    private NationalHistory() {
    }

    /**
     * Writes the decisions and the versions, and moves the transferred units in {@code organisation}; returns a line
     * for the log. {@code firstCommittee}: the benchmark's committee, left as it is.
     */
    static String write(Connection c, long firstCommittee) throws SQLException {
        LocalDate since;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT coalesce((SELECT min(start_date) FROM reporting_period), DATE '2000-01-01') - 1")) {
            r.next();
            since = r.getObject(1, LocalDate.class);
        }
        if (!since.isBefore(MEMBERS_REVIEWED)) {
            throw new IllegalStateException("the first period starts after " + MEMBERS_REVIEWED + ": no room for the first version");
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long establish = decision(c, "ESTABLISH", "NAT-01-QĐ", since, since,
                    "Dữ liệu quốc gia: hệ thống tổ chức đảng khi bắt đầu theo dõi (phiên bản đầu của mọi tổ chức).");
            long update = decision(c, "UPDATE", "NAT-02-QĐ", MEMBERS_REVIEWED.minusDays(11), MEMBERS_REVIEWED,
                    "Dữ liệu quốc gia: rà soát số đảng viên giữa năm 2023.");
            long transfer = decision(c, "TRANSFER", "NAT-03-QĐ", TRANSFERRED.minusDays(17), TRANSFERRED,
                    "Dữ liệu quốc gia: chuyển một phần mười tổ chức cơ sở đảng sang cấp ủy cấp trên cơ sở liền kề cùng tỉnh.");
            try (Statement s = c.createStatement()) {
                for (String step : STEPS) {
                    s.execute(step.replace(":since", literal(since)).replace(":reviewed", literal(MEMBERS_REVIEWED))
                            .replace(":transferred", literal(TRANSFERRED)).replace(":first", String.valueOf(firstCommittee))
                            .replace(":establish", String.valueOf(establish)).replace(":update", String.valueOf(update))
                            .replace(":transfer", String.valueOf(transfer)));
                }
            }
            String line;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT count(*), count(DISTINCT organisation_id), count(*) FILTER (WHERE decision_id = %d),
                           count(*) FILTER (WHERE decision_id = %d AND parent_id IS DISTINCT FROM
                               (SELECT w.parent_id FROM organisation_version w
                                WHERE w.organisation_id = v.organisation_id AND w.valid_to = v.valid_from))
                    FROM organisation_version v""".formatted(transfer, transfer))) {
                r.next();
                line = String.format(Locale.ROOT, "Registry history: %,d versions of %,d units (ESTABLISH from %s, UPDATE from %s,"
                        + " TRANSFER from %s: %,d units moved under a neighbouring committee, %,d versions with what moved with them)",
                        r.getLong(1), r.getLong(2), since, MEMBERS_REVIEWED, TRANSFERRED, r.getLong(4), r.getLong(3));
            }
            c.commit();
            return line;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static long decision(Connection c, String kind, String number, LocalDate decidedOn, LocalDate effectiveOn, String note)
            throws SQLException {
        // no issuer: each decision covers units of every province; recorded as the dataset's Ban Tổ chức account
        try (PreparedStatement s = c.prepareStatement("INSERT INTO registry_decision (kind, number, decided_on, issuer_id, effective_on,"
                + " note, actor) VALUES (?, ?, ?, NULL, ?, ?, ?) RETURNING id")) {
            s.setString(1, kind);
            s.setString(2, number);
            s.setObject(3, decidedOn);
            s.setObject(4, effectiveOn);
            s.setString(5, note);
            s.setString(6, NationalRegistry.STAFF);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String literal(LocalDate d) {
        return "DATE '" + d + "'";
    }
}
