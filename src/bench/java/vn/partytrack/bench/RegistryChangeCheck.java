package vn.partytrack.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Records registry changes on the national dataset through {@code POST /api/v1/registry-changes}, as the Ban Tổ chức
 * does, against a server already running on it, and checks that the past keeps its figures:
 * <ol>
 * <li>reads the dashboards ({@code GET /api/v1/dashboard}) of the whole country, of the committee that will move, of
 * its province and of the province it moves to, for the newest period before the dataset's 2024-01-01 transfers and
 * for the newest period whose cut-off has passed;</li>
 * <li>transfers the committee ({@code --unit}, default {@code NAT-P01-C01} with its 700 units, 701 rows moving) to
 * another province ({@code --target}, default {@code NAT-P02}): a preview, then recorded; the national dataset has
 * no district committee with 1,000 units under it (the next largest has about 265), {@code --unit NAT-P24 --target
 * NAT-P25} moves a province with its 1,027 units instead;</li>
 * <li>merges 100 of its units ({@code --merge-prefix}, default {@code <unit>-U006}: U00600 … U00699) into another
 * ({@code --merge-into}, default {@code <unit>-U00700}): a preview, then recorded;</li>
 * <li>reads the same dashboards again: they must be identical, and not empty.</li>
 * </ol>
 * Each change takes effect today (Hanoi), so every national period (cut-offs up to 2025-11-15) lies before it. Each
 * request is timed from the client; the target is an answer within 2 s. Exits 0 when every step held, 1 otherwise, 2
 * when the dataset had already been changed.
 * <p>
 * <b>It changes the dataset and restores nothing</b>: reload it with {@code NationalDataset --replace} (the server
 * stopped) before benchmarking or running this check again.
 * <p>
 * {@code mvn -o -q -Pbench -Dbench.main=vn.partytrack.bench.RegistryChangeCheck test-compile exec:java
 * -Dexec.args="--base-url http://127.0.0.1:8080/partytrack"}, the server started with the README's run command on
 * the national data ({@code PARTYTRACK_DATA=~/.partytrack/national PARTYTRACK_DB_PORT=54330}, without sample data).
 * Signs in as the benchmark's staff account ({@code nat-staff}, Ban Tổ chức: allowed to record registry changes) with
 * HTTP Basic, as API clients do.
 */
public final class RegistryChangeCheck {

    private static final long TARGET_MILLIS = 2000;
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String USAGE = """
            RegistryChangeCheck: record a transfer and a merger on the national dataset through the REST API, timed,
            and check that the past periods' dashboards are unchanged. CHANGES THE DATASET (reload with --replace).
              mvn -o -q -Pbench -Dbench.main=vn.partytrack.bench.RegistryChangeCheck test-compile exec:java -Dexec.args="[options]"
            Options (defaults in brackets):
              --base-url <url>       the running server [http://127.0.0.1:8080/partytrack]
              --staff <user>         an account allowed to record registry changes [nat-staff]
              --password <pw>        [PartyTrack@2020]
              --unit <code>          the committee to transfer [NAT-P01-C01]
              --target <code>        its new superior committee [NAT-P02]
              --merge-prefix <code>  the units to merge: the first 100 whose code starts so [<unit>-U006]
              --merge-into <code>    the unit they merge into [<unit>-U00700]
              --past-period <id>     [the newest period whose cut-off is before 2024-01-01]
            """;

    private String base = "http://127.0.0.1:8080/partytrack";
    private String staff = NationalRegistry.STAFF;
    private String password = "PartyTrack@2020";
    private String unitCode = "NAT-P01-C01";
    private String targetCode = "NAT-P02";
    private String mergePrefix;
    private String mergeInto;
    private Long pastPeriod;

    private BenchmarkUser api;
    private boolean failed;
    /** Set before the first request that records a change: from then on the dataset may differ from the generated one. */
    private boolean changed;
    private final List<String> timings = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        RegistryChangeCheck check = new RegistryChangeCheck();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println(USAGE);
                return;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + a + "\n" + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--base-url" -> check.base = v.replaceAll("/+$", "");
                case "--staff" -> check.staff = v;
                case "--password" -> check.password = v;
                case "--unit" -> check.unitCode = v;
                case "--target" -> check.targetCode = v;
                case "--merge-prefix" -> check.mergePrefix = v;
                case "--merge-into" -> check.mergeInto = v;
                case "--past-period" -> check.pastPeriod = Long.valueOf(v);
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        check.mergePrefix = Objects.requireNonNullElse(check.mergePrefix, check.unitCode + "-U006");
        check.mergeInto = Objects.requireNonNullElse(check.mergeInto, check.unitCode + "-U00700");
        int exit;
        try {
            exit = check.run();
        } finally {
            if (check.changed) {
                System.out.println();
                System.out.println("!! THE NATIONAL DATASET WAS CHANGED: " + check.unitCode + " moved under " + check.targetCode
                        + ", 100 units merged into " + check.mergeInto + " (effective today). Nothing was restored.");
                System.out.println("!! Reload it before benchmarking or running this check again (stop the server first):");
                System.out.println("!!   mvn -o -q -Pbench -Dbench.main=vn.partytrack.bench.NationalDataset test-compile exec:java"
                        + " -Dexec.args=\"--replace\"");
            }
        }
        if (!check.timings.isEmpty()) {
            System.out.println("Requests (client-side, target ≤ " + TARGET_MILLIS + " ms):");
            check.timings.forEach(t -> System.out.println("  " + t));
        }
        System.out.println(exit == 2 ? "REGISTRY CHANGE CHECK NOT RUN (dataset already changed)"
                : check.failed ? "REGISTRY CHANGE CHECK FAILED" : "REGISTRY CHANGE CHECK PASSED");
        System.exit(check.failed ? 1 : exit);
    }

    private int run() throws Exception {
        api = BenchmarkUser.api(base, staff, password);
        LocalDate today = LocalDate.now(HANOI);

        JsonObject unit = organisation(unitCode);
        JsonObject target = organisation(targetCode);
        JsonObject into = organisation(mergeInto);
        long unitId = id(unit);
        long targetId = id(target);
        long intoId = id(into);
        JsonObject unitDetails = (JsonObject) api.json("/api/v1/organisations/" + unitId);
        if (!unitDetails.isNull("parentId") && unitDetails.getJsonNumber("parentId").longValue() == targetId) {
            System.out.println("✘ " + unitCode + " is already under " + targetCode + ": this dataset was changed by an earlier run."
                    + " Reload it with NationalDataset --replace first.");
            return 2;
        }
        long formerParentId = unitDetails.getJsonNumber("parentId").longValue();
        List<Long> merged = ((JsonObject) api.json("/api/v1/organisations?sort=code&limit=100&q=" + BenchmarkScenarios.enc(mergePrefix)))
                .getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code", "").startsWith(mergePrefix) && r.getBoolean("active", false))
                .map(RegistryChangeCheck::id).toList();
        say(unitCode + " (id " + unitId + ", under " + unitDetails.getString("parentName", "?") + " id " + formerParentId + ") → "
                + targetCode + " (id " + targetId + "); " + merged.size() + " units " + mergePrefix + "… → " + mergeInto + " (id " + intoId + ")");
        check(merged.size() == 100, "100 active units to merge found by " + mergePrefix + " (found " + merged.size() + ")");
        if (merged.size() != 100) {
            return 1;
        }

        // the periods that must keep their figures: before the dataset's own transfers, and the newest whose cut-off
        // has passed (a change effective today touches no period whose cut-off is before today)
        List<JsonObject> periods = ((JsonArray) api.json("/api/v1/periods")).getValuesAs(JsonObject.class);
        Map<Long, String> compared = new LinkedHashMap<>();
        periods.stream().filter(p -> pastPeriod == null ? cutoff(p) != null && cutoff(p).isBefore(NationalHistory.TRANSFERRED)
                        : id(p) == pastPeriod)
                .max(Comparator.comparing(RegistryChangeCheck::cutoff)).ifPresent(p -> compared.put(id(p), label(p)));
        periods.stream().filter(p -> cutoff(p) != null && cutoff(p).isBefore(today))
                .max(Comparator.comparing(RegistryChangeCheck::cutoff)).ifPresent(p -> compared.putIfAbsent(id(p), label(p)));
        check(!compared.isEmpty(), "periods to compare: " + compared.values());
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("", "the whole country");
        scopes.put(String.valueOf(unitId), unitCode + " (moves)");
        scopes.put(String.valueOf(formerParentId), "its province before (" + unitDetails.getString("parentName", "?") + ")");
        scopes.put(String.valueOf(targetId), targetCode + " (its province after)");

        say("dashboards before");
        Map<String, String> before = dashboards(compared, scopes);

        String decision = "RC-CHECK-" + LocalTime.now(HANOI).format(DateTimeFormatter.ofPattern("HHmmss"));
        String transfer = """
                {"kind":"TRANSFER","unitIds":[%d],"targetId":%d,"effectiveOn":"%s","note":"RegistryChangeCheck (benchmark)",\
                "decision":{"number":"%s-QĐ/TW","decidedOn":"%s","issuerId":%d}""".formatted(unitId, targetId, today, decision, today, targetId);
        JsonObject previewed = change("transfer of " + unitCode + ", preview", transfer + ",\"preview\":true}");
        changed = true;
        JsonObject recorded = change("transfer of " + unitCode + ", recorded", transfer + "}");
        if (previewed != null && recorded != null) {
            check(previewed.getInt("units", -1) == recorded.getInt("units", -2) && !recorded.isNull("decisionId"),
                    "the transfer touched " + recorded.getInt("units", -1) + " units, as its preview said, under decision "
                            + recorded.get("decisionId"));
        }
        String merge = """
                {"kind":"MERGE","unitIds":%s,"targetId":%d,"effectiveOn":"%s","note":"RegistryChangeCheck (benchmark)",\
                "decision":{"number":"%s-QĐ/HU","decidedOn":"%s","issuerId":%d}""".formatted(merged, intoId, today, decision, today, unitId);
        change("merger of 100 units into " + mergeInto + ", preview", merge + ",\"preview\":true}");
        JsonObject mergedResult = change("merger of 100 units into " + mergeInto + ", recorded", merge + "}");
        if (mergedResult != null) {
            check(mergedResult.getInt("units", -1) == 101, "the merger touched 101 units (100 merged, 1 absorbing): "
                    + mergedResult.getInt("units", -1));
        }
        JsonObject moved = (JsonObject) api.json("/api/v1/organisations/" + unitId);
        check(!moved.isNull("parentId") && moved.getJsonNumber("parentId").longValue() == targetId,
                unitCode + " is now under " + moved.getString("parentName", "?"));

        say("dashboards after");
        Map<String, String> after = dashboards(compared, scopes);
        for (Map.Entry<String, String> e : before.entrySet()) {
            String now = after.get(e.getKey());
            check(e.getValue().equals(now), e.getKey() + ": identical before and after"
                    + (e.getValue().equals(now) ? "" : " — differs in " + differences(e.getValue(), now)));
        }
        return 0;
    }

    /** Each scope's dashboard for each period, by "period / scope", as the JSON text the API answered. */
    private Map<String, String> dashboards(Map<Long, String> periods, Map<String, String> scopes) throws IOException, InterruptedException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<Long, String> p : periods.entrySet()) {
            for (Map.Entry<String, String> s : scopes.entrySet()) {
                String path = "/api/v1/dashboard?period=" + p.getKey() + (s.getKey().isEmpty() ? "" : "&committee=" + s.getKey());
                long t0 = System.nanoTime();
                HttpResponse<String> r = api.getJson(path);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                String key = p.getValue() + " / " + s.getValue();
                if (r.statusCode() != 200) {
                    check(false, "GET " + path + " answered " + r.statusCode() + ": " + BenchmarkUser.abbreviate(r.body()));
                    continue;
                }
                JsonObject d = BenchmarkUser.object(r.body());
                int units = d.getJsonObject("reports").getInt("units", 0);
                // the defect this guards against: a past period that finds no unit (versions dated the day of the load)
                check(units > 0, String.format(Locale.ROOT, "%s: %,d units, %,d members (GET %s, %d ms)", key, units,
                        d.getJsonNumber("members").longValue(), path, ms));
                out.put(key, r.body());
            }
        }
        return out;
    }

    /** POSTs a registry change, timed; the answer, or null when it was refused. */
    private JsonObject change(String what, String json) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = api.sendJson("POST", "/api/v1/registry-changes", json);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (r.statusCode() / 100 != 2) {
            check(false, what + ": HTTP " + r.statusCode() + " after " + ms + " ms: " + BenchmarkUser.abbreviate(r.body()));
            timings.add(String.format(Locale.ROOT, "%-50s %6d ms  HTTP %d", what, ms, r.statusCode()));
            return null;
        }
        JsonObject result = BenchmarkUser.object(r.body());
        int units = result.getInt("units", -1);
        timings.add(String.format(Locale.ROOT, "%-50s %6d ms  %,d units%s", what, ms, units, ms <= TARGET_MILLIS ? "" : "  OVER TARGET"));
        check(ms <= TARGET_MILLIS, String.format(Locale.ROOT, "%s: %,d units in %d ms (target ≤ %d ms)", what, units, ms, TARGET_MILLIS));
        return result;
    }

    /** An organisation's list row, found by its exact code. */
    private JsonObject organisation(String code) throws IOException, InterruptedException {
        JsonObject page = (JsonObject) api.json("/api/v1/organisations?includeInactive=true&sort=code&limit=50&q=" + BenchmarkScenarios.enc(code));
        return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> code.equalsIgnoreCase(r.getString("code", ""))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation " + code + " (is the server on the national dataset?)"));
    }

    /** The top-level properties in which two dashboards differ. */
    private static String differences(String a, String b) {
        if (b == null) {
            return "(not read after)";
        }
        JsonObject x = BenchmarkUser.object(a);
        JsonObject y = BenchmarkUser.object(b);
        return x.keySet().stream().filter(k -> !Objects.equals(x.get(k), y.get(k))).collect(Collectors.joining(", "));
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static LocalDate cutoff(JsonObject period) {
        JsonValue v = period.get("cutoffDate");
        return v instanceof JsonString s ? LocalDate.parse(s.getString()) : null;
    }

    private static String label(JsonObject period) {
        return period.getString("code", "?") + " (id " + id(period) + ", cut-off " + cutoff(period) + ")";
    }

    private void check(boolean ok, String what) {
        System.out.println((ok ? "  ✔ " : "  ✘ ") + what);
        failed |= !ok;
    }

    private static void say(String s) {
        System.out.println("• " + s);
    }
}
