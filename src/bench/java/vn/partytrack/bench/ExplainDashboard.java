package vn.partytrack.bench;

import vn.partytrack.dashboard.DistrictDashboard;
import vn.partytrack.platform.launch.EmbeddedDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each dashboard statement, exactly as {@link DistrictDashboard} sends it, for a scope
 * of the national dataset: a committee (path prefix) or everything. Writes Markdown to target/bench/explain-*.md.
 * <p>
 * {@code mvn -Pbench -Dbench.main=vn.partytrack.bench.ExplainDashboard test-compile exec:java -Dexec.args="NAT-P01-C01"}
 * (no argument or {@code ALL}: the national roll-up; {@code --vacuum} first vacuums and analyses, as autovacuum would
 * have done on a live database). Uses PARTYTRACK_DATA (default ~/.partytrack/national).
 */
public final class ExplainDashboard {

    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    public static void main(String[] args) throws Exception {
        boolean vacuum = List.of(args).contains("--vacuum");
        String committee = List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().orElse("ALL");
        Path data = Path.of(System.getenv().getOrDefault("PARTYTRACK_DATA", System.getProperty("user.home") + "/.partytrack/national"));
        int port = Integer.parseInt(System.getenv().getOrDefault("PARTYTRACK_DB_PORT", "54330"));
        StringBuilder out = new StringBuilder();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, port);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            System.out.println(NationalDataset.migrate(db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD));
            if (vacuum) {
                System.out.println("VACUUM (ANALYZE) …");
                s.execute("VACUUM (ANALYZE)");
            }
            String under = "/%";
            String committeeId = "0";
            if (!"ALL".equals(committee)) {
                try (ResultSet r = s.executeQuery("SELECT path, id FROM organisation WHERE code = '" + committee.replace("'", "") + "'")) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("no organisation " + committee);
                    }
                    under = r.getString(1) + "%";
                    committeeId = String.valueOf(r.getLong(2));
                }
            }
            long period = single(s, "SELECT id FROM reporting_period ORDER BY due_date DESC LIMIT 1");
            long term = single(s, "SELECT id FROM congress_term ORDER BY grassroots_deadline DESC LIMIT 1");
            String deadline = String.valueOf(single(s, "SELECT grassroots_deadline - DATE '2000-01-01' FROM congress_term WHERE id = " + term));
            String stand = "(DATE '2000-01-01' + " + single(s, "SELECT cutoff_date - DATE '2000-01-01' FROM reporting_period WHERE id = " + period) + ")";
            String end = "(DATE '2000-01-01' + " + single(s, "SELECT end_date - DATE '2000-01-01' FROM reporting_period WHERE id = " + period) + ")";
            String today = "'" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "'::date";
            String asOf = "least(" + today + ", " + end + ")";
            String deadlineSql = "(DATE '2000-01-01' + " + deadline + ")";
            String scope = "'" + under + "'";
            Map<String, List<String>> statements = new LinkedHashMap<>();
            // the period's figures as they stood at its cut-off (stand), with what happened by its end
            statements.put("REPORTS (counts by sector)", List.of(DistrictDashboard.REPORTS, "''", scope, String.valueOf(period), today, stand));
            statements.put("LAGGING_REPORTS", List.of(DistrictDashboard.LAGGING_REPORTS, "''", scope, String.valueOf(period), today, stand, "100"));
            statements.put("CONGRESS_COUNTS (past period)", List.of(DistrictDashboard.congressCounts(false), "''", scope, String.valueOf(term),
                    deadlineSql, stand, asOf));
            statements.put("LAGGING_CONGRESSES (past period)", List.of(DistrictDashboard.laggingCongresses(false), "''", scope, String.valueOf(term),
                    deadlineSql, stand, asOf, "'HOAN_THANH_HO_SO'", "30", "100"));
            statements.put("DOCUMENT_SHARES (past period)", List.of(DistrictDashboard.DOCUMENT_SHARES, "''", scope, "NULL", "NULL", stand, end));
            statements.put("DOCUMENT_SHARES_ROLLUP (current period)", List.of(DistrictDashboard.DOCUMENT_SHARES_ROLLUP, "''", scope, "NULL", "NULL",
                    "NULL", end));
            statements.put("LATE_DISSEMINATION", List.of(DistrictDashboard.LATE_DISSEMINATION, "''", scope, asOf, "100", stand, end));
            // a committee or everything: the dashboard reads the roll-ups for figures and trend
            statements.put("FIGURES_ROLLUP", List.of(DistrictDashboard.FIGURES_ROLLUP, "''", scope, String.valueOf(period),
                    "ARRAY['MEMBERS_TOTAL','ADMITTED','ADMISSION_TARGET','MADE_FULL','INSPECTED_MEMBERS','INSPECTED_ORGANISATIONS',"
                            + "'SUPERVISIONS','MEETINGS_HELD','MEETINGS_REQUIRED']", stand));
            statements.put("TREND_ROLLUP", List.of(DistrictDashboard.TREND_ROLLUP, "''", committeeId));
            out.append("### EXPLAIN ANALYZE — scope ").append(committee).append(" (path LIKE ").append(under).append("), period ")
                    .append(period).append("\n\n");
            for (var e : statements.entrySet()) {
                String sql = bind(e.getValue());
                // warm the cache once, then measure
                try (ResultSet ignored = s.executeQuery("EXPLAIN (ANALYZE) " + sql)) {
                    // discarded
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                    while (r.next()) {
                        plan.append(r.getString(1)).append('\n');
                    }
                }
                String total = plan.toString().lines().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("");
                out.append("#### ").append(e.getKey()).append(" — ").append(total).append("\n\n```\n").append(plan).append("```\n\n");
                System.out.println(e.getKey() + ": " + total);
            }
        }
        Path file = Path.of("target", "bench", "explain-" + committee + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println("written " + file.toAbsolutePath());
    }

    /** The statement with ?n replaced by the n-th literal. */
    private static String bind(List<String> statementAndLiterals) {
        Matcher m = PARAMETER.matcher(statementAndLiterals.get(0));
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sql, Matcher.quoteReplacement(statementAndLiterals.get(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(sql);
        return sql.toString();
    }

    private static long single(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
