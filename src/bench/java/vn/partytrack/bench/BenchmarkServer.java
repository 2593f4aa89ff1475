package vn.partytrack.bench;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.partytrack.bench.floor.FloorPage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A server process the benchmark started: PartyTrack through its launcher (embedded PostgreSQL + Payara Micro as a
 * child process) or a bare Payara Micro with an empty WAR. Knows when it started, when it first answered 200, its
 * Payara Micro process (for RSS and CPU) and how to stop the whole tree.
 */
final class BenchmarkServer implements AutoCloseable {

    /** Payara Micro's own "ready in 12,345 (ms)" line. */
    private static final Pattern READY = Pattern.compile("ready in ([0-9][0-9.,\\u00a0\\u202f ]*) ?\\(ms\\)");
    /** The JVM options PartyTrackLauncher gives Payara Micro. */
    static final List<String> PAYARA_JVM_OPTIONS = vn.partytrack.platform.launch.PartyTrackLauncher.javaOptions();

    final String name;
    final Process process;
    final Instant launchedAt;
    final Path log;
    final Path dataDirectory;
    volatile Long payaraReadyMillis;
    volatile Instant firstOkAt;
    private final List<ProcessHandle> known = new ArrayList<>();

    private BenchmarkServer(String name, Process process, Instant launchedAt, Path log, Path dataDirectory, boolean verbose) {
        this.name = name;
        this.process = process;
        this.launchedAt = launchedAt;
        this.log = log;
        this.dataDirectory = dataDirectory;
        known.add(process.toHandle());
        Thread pump = new Thread(() -> pump(verbose), "bench-log-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(boolean verbose) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                if (verbose) {
                    System.out.println("[" + name + "] " + line);
                }
                Matcher m = READY.matcher(line);
                if (payaraReadyMillis == null && m.find()) {
                    String digits = m.group(1).replaceAll("[^0-9]", "");
                    if (!digits.isEmpty()) {
                        payaraReadyMillis = Long.parseLong(digits);
                    }
                }
            }
        } catch (IOException e) {
            // the process went away
        }
    }

    /** PartyTrack through its launcher, with the launcher's class-data sharing as the caller's environment sets it. */
    static BenchmarkServer startPartyTrack(BenchmarkOptions o, Path target, Path dataDirectory, Path log) throws IOException {
        return startPartyTrack(o, target, dataDirectory, log, null);
    }

    /**
     * PartyTrack through its launcher, on the test classpath (which holds the launcher and embedded PostgreSQL);
     * {@code cds} true or false sets PARTYTRACK_CDS (the launcher's class-data sharing), null leaves it as it is.
     */
    static BenchmarkServer startPartyTrack(BenchmarkOptions o, Path target, Path dataDirectory, Path log, Boolean cds) throws IOException {
        requireFree(o.port, "HTTP port (--port)");
        requireFree(o.dbPort, "PostgreSQL port (--db-port)");
        Path argFile = o.out.resolve("launcher-classpath.args");
        Files.writeString(argFile, "-cp \"" + classpath().replace("\\", "\\\\") + "\"\n");
        List<String> command = List.of(javaBinary(), "-XX:+UseSerialGC", "-Dpartytrack.target=" + target,
                "@" + argFile.toAbsolutePath(), "vn.partytrack.platform.launch.PartyTrackLauncher");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(target.getParent().toFile());
        Map<String, String> env = builder.environment();
        env.remove("DB_URL");
        env.remove("DB_USER");
        env.remove("DB_PASSWORD");
        env.put("PARTYTRACK_DATA", dataDirectory.toString());
        env.put("PARTYTRACK_PORT", String.valueOf(o.port));
        env.put("PARTYTRACK_DB_PORT", String.valueOf(o.dbPort));
        env.put("PARTYTRACK_SAMPLE_DATA", String.valueOf(!o.isNational()));
        if (cds != null) {
            env.put("PARTYTRACK_CDS", String.valueOf(cds));
        }
        Instant at = Instant.now();
        Process p = builder.start();
        return new BenchmarkServer("partytrack", p, at, log, dataDirectory, o.verbose);
    }

    /**
     * A bare Payara Micro deploying a WAR with nothing but index.html, with the launcher's JVM options; with a
     * {@code cdsArchive}, class-data sharing as the launcher does it: mapped if the file exists, else written at exit.
     */
    static BenchmarkServer startBare(BenchmarkOptions o, Path target, Path log, Path cdsArchive) throws IOException {
        requireFree(o.barePort, "bare Payara Micro port (--bare-port)");
        Path war = o.out.resolve("bench-empty.war").toAbsolutePath();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!DOCTYPE html><html><head><title>empty</title></head><body><p>empty</p></body></html>\n"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path preboot = o.out.resolve("bench-empty-preboot.txt").toAbsolutePath();
        // the launcher's preboot command, so both servers are configured alike
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n");
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(PAYARA_JVM_OPTIONS);
        if (cdsArchive != null) {
            command.add((Files.isRegularFile(cdsArchive) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + cdsArchive.toAbsolutePath());
        }
        command.addAll(List.of("-Djava.io.tmpdir=" + target, "-jar", target.resolve("payara-micro.jar").toString(),
                "--nocluster", "--port", String.valueOf(o.barePort), "--prebootcommandfile", preboot.toString(),
                "--deploy", war.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(target.getParent().toFile());
        Instant at = Instant.now();
        Process p = builder.start();
        return new BenchmarkServer("bare-payara", p, at, log, null, o.verbose);
    }

    /**
     * Writes the stack's floor ({@link vn.partytrack.bench.floor}) as {@code folder/partytrack.war}, next to a link to
     * Payara Micro, so that the launcher run with {@code -Dpartytrack.target=folder} deploys it at /partytrack.
     */
    static void writeFloor(Path folder, Path target) throws IOException {
        Files.createDirectories(folder);
        Path micro = folder.resolve("payara-micro.jar");
        if (!Files.exists(micro, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(micro, target.resolve("payara-micro.jar").toAbsolutePath());
        }
        WebArchive war = ShrinkWrap.create(WebArchive.class, "partytrack.war")
                .addPackage(FloorPage.class.getPackage())
                .addAsResource("bench-floor/persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource("bench-floor/beans.xml", "beans.xml")
                .addAsWebInfResource("bench-floor/web.xml", "web.xml")
                .addAsWebResource("bench-floor/login.xhtml", "login.xhtml")
                // the two libraries the stack needs that Payara Micro does not bring: PrimeFaces and the JDBC driver
                .addAsLibraries(jarOf(org.primefaces.PrimeFaces.class), jarOf(org.postgresql.Driver.class));
        war.as(ZipExporter.class).exportTo(folder.resolve("partytrack.war").toFile(), true);
    }

    private static java.io.File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until GET url answers 200; returns the time from the process start (or fails if the process dies). */
    Duration awaitFirstOk(String url, int timeoutSeconds) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + " before answering; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    firstOkAt = Instant.now();
                    rememberDescendants();
                    return Duration.between(launchedAt, firstOkAt);
                }
            } catch (IOException e) {
                // not listening yet
            }
            rememberDescendants();
            Thread.sleep(100);
        }
        throw new IOException(name + " did not answer 200 at " + url + " within " + timeoutSeconds + " s; see " + log);
    }

    private void rememberDescendants() {
        process.descendants().forEach(h -> {
            if (known.stream().noneMatch(k -> k.pid() == h.pid())) {
                known.add(h);
            }
        });
    }

    /** The Payara Micro JVM: the process itself (bare) or the launcher's descendant running payara-micro.jar. */
    Optional<ProcessHandle> payara() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .filter(h -> h.info().commandLine().map(c -> c.contains("payara-micro.jar")).orElse(false))
                .findFirst();
    }

    /** When the Payara Micro JVM started (the launcher starts it once PostgreSQL is up). */
    Optional<Instant> payaraStartedAt() {
        return payara().flatMap(h -> h.info().startInstant());
    }

    /** The PostgreSQL postmaster of our data directory (pg_ctl detaches it, so it is no descendant of the launcher). */
    List<ProcessHandle> postmasters() {
        if (dataDirectory == null) {
            return List.of();
        }
        String dir = dataDirectory.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(h -> h.info().commandLine().map(c -> c.contains(dir)).orElse(false))
                .toList();
    }

    /** CPU time used so far by Payara Micro, and by PostgreSQL (postmaster and backends), by process id. */
    BenchmarkRun.CpuSample cpu() {
        return new BenchmarkRun.CpuSample(cpuOf(payara().stream()),
                cpuOf(postmasters().stream().flatMap(pm -> java.util.stream.Stream.concat(java.util.stream.Stream.of(pm), pm.descendants()))));
    }

    static Map<Long, Long> cpuOf(java.util.stream.Stream<ProcessHandle> processes) {
        Map<Long, Long> m = new java.util.HashMap<>();
        processes.forEach(h -> h.info().totalCpuDuration().ifPresent(d -> m.put(h.pid(), d.toNanos())));
        return m;
    }

    /** Stops the launcher (whose shutdown hook stops Payara Micro and PostgreSQL), then anything of ours left. */
    @Override
    public void close() {
        rememberDescendants();
        List<ProcessHandle> db = postmasters();
        stop(process.toHandle(), 120);
        for (ProcessHandle h : new ArrayList<>(known)) {
            stop(h, 30);
        }
        for (ProcessHandle h : db) {
            stop(h, 60); // a postmaster ends its own backends
        }
    }

    private static void stop(ProcessHandle h, int seconds) {
        if (!h.isAlive()) {
            return;
        }
        h.destroy();
        try {
            h.onExit().get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            h.destroyForcibly();
            try {
                h.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception ignored) {
                System.err.println("could not stop process " + h.pid());
            }
        }
    }

    /** Resident memory of a process in kB (VmRSS) and its peak (VmHWM), from /proc. */
    static long[] rssKb(long pid) {
        long rss = -1;
        long hwm = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux
        }
        return new long[] {rss, hwm};
    }

    /** One process of the run command and its memory: resident (RSS) and proportional (PSS: shared pages divided among their sharers), in kB. */
    record ProcessMemory(long pid, String role, long rssKb, long pssKb) {
    }

    /**
     * Every process that the run command leaves running, found from its Payara Micro JVM: that JVM, its parent (the
     * launcher: Maven's JVM under {@code mvn exec:java}, or a plain java), and the PostgreSQL serving the database
     * port named in the server's environment or found as the launcher's embedded one (the postmaster and all its
     * children). RSS double-counts what processes share (PostgreSQL's shared buffers are in every backend's RSS); PSS
     * adds up to what the processes really hold.
     */
    static List<ProcessMemory> runCommandMemory(ProcessHandle payara, int dbPort) {
        List<ProcessMemory> list = new ArrayList<>();
        list.add(memoryOf(payara, "Payara Micro"));
        payara.parent().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .ifPresent(p -> list.add(memoryOf(p, p.info().commandLine().map(c -> c.contains("plexus-classworlds")).orElse(false)
                        ? "launcher (Maven's JVM, exec:java)" : "launcher (java)")));
        ProcessHandle.allProcesses()
                .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(h -> h.info().commandLine().map(c -> c.matches(".*\\s-p\\s+" + dbPort + "(\\s.*|$)")).orElse(false))
                .forEach(pm -> {
                    list.add(memoryOf(pm, "PostgreSQL postmaster"));
                    pm.children().forEach(c -> list.add(memoryOf(c, "PostgreSQL " + postgresRole(c))));
                });
        return list;
    }

    /** What a PostgreSQL child does, from the title it gives itself ("postgres: checkpointer"): a backend is any connection. */
    private static String postgresRole(ProcessHandle h) {
        try {
            String title = Files.readString(Path.of("/proc", String.valueOf(h.pid()), "cmdline")).replace('\0', ' ').trim();
            title = title.replaceFirst("^postgres: ", "");
            return title.matches("\\S+ \\S+ \\d+\\.\\d+\\.\\d+\\.\\d+\\(\\d+\\).*") ? "backends (connections)" : title;
        } catch (IOException e) {
            return "child";
        }
    }

    private static ProcessMemory memoryOf(ProcessHandle h, String role) {
        long rss = -1;
        long pss = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(h.pid()), "smaps_rollup"))) {
                if (line.startsWith("Rss:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                } else if (line.startsWith("Pss:")) {
                    pss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux
        }
        return new ProcessMemory(h.pid(), role, rss, pss);
    }

    /** A Payara Micro JVM listening on this port that someone else started (for --no-start). */
    static Optional<ProcessHandle> findPayaraOnPort(int port) {
        return ProcessHandle.allProcesses().filter(h -> h.info().commandLine()
                .map(c -> c.contains("payara-micro.jar") && c.matches(".*--port\\s+" + port + "(\\s.*|$)")).orElse(false))
                .findFirst();
    }

    /** The WAR and Payara Micro the checks start, as {@code mvn -DskipTests package} leaves them in {@code target}. */
    static void requireBuilt(Path target) {
        if (!Files.isRegularFile(target.resolve("partytrack.war")) || !Files.isRegularFile(target.resolve("payara-micro.jar"))) {
            throw new IllegalStateException("Build first: mvn -DskipTests package");
        }
    }

    static void requireFree(int port, String what) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        } catch (IOException free) {
            return;
        }
        throw new IOException("the " + what + " " + port + " is in use (another server?); choose another one");
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The classpath this class was loaded from: exec:java's class loader, or java.class.path when run with java. */
    static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader cl = Thread.currentThread().getContextClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (Exception e) {
                        // not a file
                    }
                }
            }
        }
        boolean hasLauncher = entries.stream().anyMatch(e -> Files.exists(Path.of(e, "vn/partytrack/platform/launch/PartyTrackLauncher.class")));
        if (!hasLauncher) {
            entries.addAll(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
