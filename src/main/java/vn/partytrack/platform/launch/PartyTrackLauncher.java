package vn.partytrack.platform.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The README's run command: starts PostgreSQL (embedded unless {@code DB_URL} is set), then Payara Micro with the
 * PartyTrack WAR and sample data, in the foreground until Ctrl-C.
 */
public final class PartyTrackLauncher {

    private static final Logger LOG = Logger.getLogger(PartyTrackLauncher.class.getName());

    /**
     * The server JVM's options (PARTYTRACK_JAVA_OPTS replaces them): a heap and metaspace sized so the process stays
     * under 768 MB resident with 64 busy users, the client compiler only (it starts faster and, on two cores, served
     * more pages per second in the benchmark than with C2 competing for the CPU: BENCHMARKS.md), the serial collector.
     */
    static final String JAVA_OPTS = "-Xms64m -Xmx384m -XX:NewRatio=3 -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss512k"
            + " -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
            + " -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000";

    private PartyTrackLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            // mvn exec:java -Dexec.args="backup [folder]" or "restore <file>" (README, "Backup and restore")
            System.exit(DatabaseBackup.command(args));
        }
        Path target = Path.of(System.getProperty("partytrack.target", "target"));
        File war = target.resolve("partytrack.war").toFile();
        File micro = target.resolve("payara-micro.jar").toFile();
        if (!war.isFile() || !micro.isFile()) {
            throw new IllegalStateException("Build first: mvn package (missing " + war + " or " + micro + ")");
        }
        String port = env("PARTYTRACK_PORT", "8080");
        Path serverPid = target.resolve("partytrack-" + port + ".pid");
        Path data = DatabaseBackup.dataDirectory();
        if (isBlank(System.getenv("DB_URL")) && EmbeddedDatabase.inUse(data)) {
            // a second run command on the same data: say so and change nothing (not even the first one's pid file)
            refuse(new EmbeddedDatabase.DataFolderInUse(data));
        }
        stopLeftoverServer(serverPid, micro, port);

        Map<String, String> childEnv = new HashMap<>(System.getenv());
        EmbeddedDatabase embedded = null;
        if (isBlank(System.getenv("DB_URL"))) {
            int dbPort = Integer.parseInt(env("PARTYTRACK_DB_PORT", "54320"));
            LOG.info("Starting embedded PostgreSQL, data in " + data + " (delete that folder to reset)");
            try {
                embedded = EmbeddedDatabase.start(data, dbPort);
            } catch (EmbeddedDatabase.DataFolderInUse e) {
                refuse(e);
            }
            NightlyBackup.schedule(embedded.jdbcUrl());
            childEnv.put("DB_URL", embedded.jdbcUrl());
            childEnv.put("DB_USER", EmbeddedDatabase.APP_USER);
            childEnv.put("DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
            childEnv.put("DB_OWNER_USER", EmbeddedDatabase.USER);
            childEnv.put("DB_OWNER_PASSWORD", EmbeddedDatabase.PASSWORD);
        }
        childEnv.putIfAbsent("PARTYTRACK_SAMPLE_DATA", "true");
        // fewer malloc arenas: the resident size of a JVM with many threads stays close to its heap and metaspace
        childEnv.putIfAbsent("MALLOC_ARENA_MAX", "2");

        Path preboot = Files.createTempFile(target, "preboot", ".txt");
        preboot.toFile().deleteOnExit(); // read once by Payara Micro at boot; gone when the run command stops
        // keep the demo on loopback: Payara Micro has no bind-address flag
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=" + env("PARTYTRACK_BIND", "127.0.0.1") + "\n"
                // one instance: the distributable WAR's sessions stay in memory instead of being copied to the data
                // grid after every request (clustered instances are started without this: README, "Scaling out")
                + "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false\n"
                // do not tell every client which server and version answers
                + "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false\n"
                + "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false\n"
                // at most 12 requests in progress (the rest wait as bytes on their sockets): two cores serve no more at
                // once. Payara Micro's 200 threads kept 200 half-done pages in the heap under the load test; 32 still
                // queued for the 10 database connections and filled the young generation: 12 answered the load test's
                // 200 users in 60-s windows with p95 1.2 s instead of 1.6 s (BENCHMARKS.md, "Load" and issue 19)
                + env("PARTYTRACK_HTTP_THREADS", "12") + "\n"
                // keep idle connections 120 s rather than 30: a request that arrives on a connection idle for nearly
                // the timeout and waits for one of the 12 threads can have its connection closed under it, the
                // answer broken off (a few in 17,000 in the load test; BENCHMARKS.md, "Load")
                + "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.timeout-seconds=120\n");

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions());
        command.addAll(classDataSharing(target));
        command.addAll(List.of(
                "-Djava.io.tmpdir=" + target.toAbsolutePath(),
                "-jar", micro.getAbsolutePath(),
                "--nocluster", "--port", port,
                "--prebootcommandfile", preboot.toAbsolutePath().toString(),
                "--deploy", war.getAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().clear();
        builder.environment().putAll(childEnv);
        Process server = builder.start();
        // the server, and the launcher's own JVM: a later run stops a server whose launcher is gone, not a live one's
        Files.writeString(serverPid, server.pid() + "\n" + ProcessHandle.current().pid() + "\n");
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            try {
                server.waitFor();
                Files.deleteIfExists(serverPid);
                if (database != null) {
                    database.close();
                }
            } catch (Exception e) {
                LOG.warning("Shutdown: " + e);
            }
        }));
        LOG.info("PartyTrack is starting at http://localhost:" + port + "/partytrack/ (Ctrl-C stops it)");
        releaseMemory();
        System.exit(server.waitFor());
    }

    /** An expected refusal (the data folder or the port in use): its message, no stack trace, exit status 2. */
    private static void refuse(RuntimeException e) {
        System.err.println("✘ " + e.getMessage());
        System.exit(2);
    }

    /**
     * This JVM (Maven's, under the run command's exec:java) now only waits for the server: give back to the system
     * what the build left in its heap. {@code .mvn/jvm.config} puts Maven on the serial collector with a small
     * initial heap and low free ratios; that collector shrinks the heap at a full collection, but by a growing share
     * of the excess each time (none, 10 %, 40 %, then all), hence four. About 600 MB resident before, 150 MB after
     * (BENCHMARKS.md, "Memory of the run command").
     */
    static void releaseMemory() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
    }

    /**
     * A launcher killed with SIGKILL leaves its Payara Micro running, holding the port and connections to the
     * database: the next run stops it (SIGTERM, a clean shutdown) if it is still there and its launcher is gone. A
     * server whose launcher still runs is another PartyTrack on this port: refused, and its pid file left alone.
     */
    private static void stopLeftoverServer(Path pidFile, File micro, String port) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        long launcherPid;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            pid = Long.parseLong(lines.get(0).trim());
            launcherPid = lines.size() > 1 ? Long.parseLong(lines.get(1).trim()) : -1;
        } catch (RuntimeException e) {
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle left = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().map(c -> c.contains(micro.getAbsolutePath())).orElse(false))
                .orElse(null);
        // its launcher (the JVM that started it: Maven's under exec:java) still alive and still its parent: not left over
        if (left != null && left.parent().map(p -> p.pid() == launcherPid && p.isAlive()).orElse(false)) {
            refuse(new IllegalStateException("PartyTrack đã chạy trên cổng " + port + " (tiến trình " + pid + "): dừng nó trước (Ctrl-C) hoặc"
                    + " dùng PARTYTRACK_PORT khác. / PartyTrack is already running on port " + port + " (process " + pid + "): stop it"
                    + " first (Ctrl-C) or set another PARTYTRACK_PORT."));
        }
        if (left != null) {
            LOG.warning("Stopping the PartyTrack server " + pid + " left running by a launcher that was killed");
            left.destroy();
            try {
                left.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                left.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * Class-data sharing: the first run writes the classes it loaded to {@code target/partytrack-cds.jsa} when the
     * server stops; later runs map them from there instead of loading and verifying them again, about 2 s of the
     * start-up (BENCHMARKS.md). {@code PARTYTRACK_CDS=false} turns it off; the JVM ignores an archive made by another
     * JDK or Payara Micro jar, and a {@code mvn clean} removes it.
     */
    static List<String> classDataSharing(Path target) {
        if ("false".equalsIgnoreCase(env("PARTYTRACK_CDS", "true"))) {
            return List.of();
        }
        Path archive = target.resolve("partytrack-cds.jsa").toAbsolutePath();
        return List.of(Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
    }

    /** The server JVM's options: PARTYTRACK_JAVA_OPTS, or {@link #JAVA_OPTS}. */
    public static List<String> javaOptions() {
        return List.of(env("PARTYTRACK_JAVA_OPTS", JAVA_OPTS).trim().split("\\s+"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
