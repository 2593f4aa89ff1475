package vn.partytrack.bench;

import vn.partytrack.platform.launch.EmbeddedDatabase;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two PartyTrack instances clustered through Payara's own Hazelcast (web sessions replicated, the WAR is
 * distributable) behind nginx, against one PostgreSQL, all on loopback. A secretary signs in through nginx, opens
 * her report and saves a draft from the page; the instance that served her is stopped; she goes on saving from the
 * same page (the same JSF view) and reading her home page on the other instance, still signed in, draft intact.
 * <p>
 * {@code mvn -Pbench -Dbench.main=vn.partytrack.bench.ClusterCheck test-compile exec:java} after {@code mvn package}.
 * Needs nginx (Debian: {@code apt-get install nginx-light}). Exits 0 when every step held, 1 otherwise.
 */
public final class ClusterCheck {

    private static final int NGINX_PORT = 8280;
    private static final int[] NODE_PORTS = {8281, 8282};
    private static final int[] HAZELCAST_PORTS = {6930, 6940};
    private static final int DB_PORT = 54350;
    private static final String PASSWORD = "PartyTrack@2020";
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>");

    private final Path target = Path.of("target").toAbsolutePath();
    private final Path work = target.resolve("cluster");
    private final List<Process> nodes = new ArrayList<>();
    private Process nginx;
    private EmbeddedDatabase database;
    private boolean failed;

    public static void main(String[] args) throws Exception {
        ClusterCheck check = new ClusterCheck();
        try {
            check.run();
        } finally {
            check.stop();
        }
        System.out.println(check.failed ? "CLUSTER CHECK FAILED" : "CLUSTER CHECK PASSED");
        System.exit(check.failed ? 1 : 0);
    }

    private void run() throws Exception {
        BenchmarkServer.requireBuilt(target);
        String nginxBinary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        Benchmark.deleteTree(work);
        Files.createDirectories(work);
        say("PostgreSQL (embedded) on 127.0.0.1:" + DB_PORT);
        database = EmbeddedDatabase.start(work.resolve("postgres"), DB_PORT);
        for (int i = 0; i < NODE_PORTS.length; i++) {
            Instant started = Instant.now();
            nodes.add(startNode(i));
            waitFor("http://127.0.0.1:" + NODE_PORTS[i] + "/partytrack/login.xhtml", Duration.ofMinutes(4));
            say("instance " + name(i) + " answers on 127.0.0.1:" + NODE_PORTS[i] + " after " + Duration.between(started, Instant.now()).toSeconds() + " s");
        }
        waitForCluster();
        nginx = startNginx(nginxBinary);
        String base = "http://127.0.0.1:" + NGINX_PORT + "/partytrack";
        waitFor(base + "/login.xhtml", Duration.ofSeconds(30));
        say("nginx balances 127.0.0.1:" + NGINX_PORT + " over both instances (round robin, no stickiness)");

        BenchmarkUser secretary = BenchmarkUser.signedIn(base, "bithu04", PASSWORD);
        long period = latestPeriod(secretary);
        long report = ownReport(secretary, period);
        HttpResponse<String> page = secretary.get("/assessment/report.xhtml?id=" + report);
        check(page.statusCode() == 200 && !page.body().contains(BenchmarkUser.LOGIN_MARKER), "the report form opens through nginx");
        String servedBy = page.headers().firstValue("X-Upstream").orElse("?");
        Map<String, String> form = BenchmarkUser.form(page.body(), "report");
        String field = firstTextarea(page.body());
        String before = "Bản nháp trước khi dừng một máy chủ (kiểm tra cụm) " + Instant.now();
        form.put(field, before);
        HttpResponse<String> saved = saveDraft(secretary, form);
        check(saved.statusCode() == 200 && !saved.body().contains("ViewExpired"), "the draft is saved from the page on " + upstream(saved));
        check(texts(secretary, report).contains(before), "the database holds the draft");

        int victim = servedBy.endsWith(":" + NODE_PORTS[0]) ? 0 : 1;
        say("stopping instance " + name(victim) + " (it served the form, " + servedBy + ")");
        nodes.get(victim).destroy();
        nodes.get(victim).waitFor();

        String after = "Bản nháp sau khi dừng một máy chủ (kiểm tra cụm) " + Instant.now();
        form.put(field, after);
        HttpResponse<String> again = saveDraft(secretary, form);
        check(again.statusCode() == 200 && !again.body().contains("ViewExpired") && !again.body().contains(BenchmarkUser.LOGIN_MARKER)
                        && upstream(again).endsWith(":" + NODE_PORTS[1 - victim]),
                "the same page saves again on the other instance " + upstream(again) + " (the session and the JSF view survived)");
        check(texts(secretary, report).contains(after), "the database holds the newer draft");
        HttpResponse<String> home = secretary.get("/index.xhtml");
        check(home.statusCode() == 200 && !home.body().contains(BenchmarkUser.LOGIN_MARKER) && home.body().contains("ownName"),
                "the secretary is still signed in on " + upstream(home));
    }

    private Process startNode(int i) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name(i)));
        Path preboot = dir.resolve("preboot.txt");
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n");
        List<String> command = new ArrayList<>(List.of(BenchmarkServer.javaBinary()));
        command.addAll(BenchmarkServer.PAYARA_JVM_OPTIONS);
        command.addAll(List.of("-Djava.io.tmpdir=" + dir, "-jar", target.resolve("payara-micro.jar").toString(),
                "--name", name(i), "--port", String.valueOf(NODE_PORTS[i]),
                "--clustername", "partytrack-demo", "--startport", String.valueOf(HAZELCAST_PORTS[i]),
                "--clustermode", "tcpip:127.0.0.1:" + HAZELCAST_PORTS[0] + ",127.0.0.1:" + HAZELCAST_PORTS[1],
                "--interfaces", "127.0.0.1", "--nohostaware",
                "--prebootcommandfile", preboot.toString(), "--deploy", target.resolve("partytrack.war").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile());
        builder.environment().put("DB_URL", database.jdbcUrl());
        // as the run command does: the application's own login, Flyway as the owner
        builder.environment().put("DB_USER", EmbeddedDatabase.APP_USER);
        builder.environment().put("DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
        builder.environment().put("DB_OWNER_USER", EmbeddedDatabase.USER);
        builder.environment().put("DB_OWNER_PASSWORD", EmbeddedDatabase.PASSWORD);
        builder.environment().put("PARTYTRACK_SAMPLE_DATA", "true");
        return builder.start();
    }

    /** The first instance's log must show the second one joining its Hazelcast data grid. */
    private void waitForCluster() throws IOException, InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            if (Files.readString(work.resolve(name(0)).resolve("server.log")).contains("Data Grid Instance Added")) {
                say("Hazelcast: " + name(1) + " joined " + name(0) + "'s data grid (\"Data Grid Instance Added\" in its log)");
                return;
            }
            Thread.sleep(1000);
        }
        check(false, "the two instances formed one Hazelcast cluster");
    }

    private Process startNginx(String binary) throws IOException {
        Path conf = work.resolve("nginx.conf");
        String servers = String.join("\n", java.util.Arrays.stream(NODE_PORTS)
                .mapToObj(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;").toList());
        Files.writeString(conf, """
                daemon off;
                worker_processes 1;
                user root;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                events { worker_connections 256; }
                http {
                    access_log %1$s/nginx-access.log;
                    client_body_temp_path %1$s/client;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream partytrack {
                %2$s
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://partytrack;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_next_upstream error timeout http_502 http_503;
                            add_header X-Upstream $upstream_addr always;
                        }
                    }
                }
                """.formatted(work, servers, NGINX_PORT));
        return new ProcessBuilder(binary, "-c", conf.toString(), "-p", work.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("nginx.out").toFile()).start();
    }

    static HttpResponse<String> saveDraft(BenchmarkUser user, Map<String, String> form) throws IOException, InterruptedException {
        return user.ajax("/assessment/report.xhtml", form, "report:saveDraft", "report");
    }

    static String firstTextarea(String html) {
        Matcher areas = TEXTAREA.matcher(html.substring(html.indexOf("<form id=\"report\"")));
        if (!areas.find()) {
            throw new IllegalStateException("the report form has no text area");
        }
        return areas.group(1);
    }


    static long latestPeriod(BenchmarkUser user) throws IOException, InterruptedException {
        var periods = user.json("/api/v1/periods").asJsonArray();
        return periods.getValuesAs(jakarta.json.JsonObject.class).stream().filter(p -> p.getBoolean("open", false))
                .mapToLong(p -> p.getJsonNumber("id").longValue()).max().orElseThrow();
    }

    /** The secretary's own report of the period, opened (a prefilled draft) if it does not exist yet. */
    static long ownReport(BenchmarkUser user, long period) throws IOException, InterruptedException {
        var page = user.json("/api/v1/reports?period=" + period).asJsonObject();
        var rows = page.getJsonArray("rows").getValuesAs(jakarta.json.JsonObject.class);
        if (!rows.isEmpty() && !rows.get(0).isNull("reportId")) {
            return rows.get(0).getJsonNumber("reportId").longValue();
        }
        long organisation = rows.isEmpty() ? -1 : rows.get(0).getJsonNumber("organisationId").longValue();
        HttpResponse<String> opened = user.sendJson("POST", "/api/v1/reports",
                "{\"organisationId\":" + organisation + ",\"periodId\":" + period + "}");
        return BenchmarkUser.object(opened.body()).getJsonNumber("id").longValue();
    }

    private static String texts(BenchmarkUser user, long report) throws IOException, InterruptedException {
        return user.json("/api/v1/reports/" + report).toString();
    }

    private static String upstream(HttpResponse<?> response) {
        return response.headers().firstValue("X-Upstream").orElse("?");
    }

    private void check(boolean ok, String what) {
        System.out.println((ok ? "  ✔ " : "  ✘ ") + what);
        failed |= !ok;
    }

    private static void say(String s) {
        System.out.println("• " + s);
    }

    private static String name(int i) {
        return "node-" + (char) ('a' + i);
    }

    static void waitFor(String url, Duration timeout) throws InterruptedException, IOException {
        var client = java.net.http.HttpClient.newHttpClient();
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            try {
                if (client.send(HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IOException(url + " did not answer 200 within " + timeout.toSeconds() + " s");
    }

    private void stop() {
        if (nginx != null) {
            nginx.destroy();
        }
        for (Process p : nodes) {
            p.destroy();
        }
        for (Process p : nodes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.out.println("stopping PostgreSQL: " + e);
            }
        }
    }
}
