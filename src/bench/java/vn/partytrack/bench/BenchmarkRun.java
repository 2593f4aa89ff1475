package vn.partytrack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One closed-loop run: n users each send their next request as soon as the previous one completed; a warm-up that
 * is thrown away, then a measured window. A request counts in the window it completes in.
 */
final class BenchmarkRun {

    /** What one request of a scenario does; returns null when it succeeded, otherwise why it failed. */
    @FunctionalInterface
    interface Action {
        String run(int user) throws Exception;
    }

    /** The figures of one scenario at one concurrency. Latencies in nanoseconds, sorted. */
    record Result(String scenario, int users, long ok, long errors, double seconds, long[] latencies,
                  double serverCores, double dbCores, double clientCores, List<String> errorSamples, String note) {

        /** The same result with one more note (empty adds nothing). */
        Result withNote(String more) {
            return more.isEmpty() ? this : new Result(scenario, users, ok, errors, seconds, latencies, serverCores, dbCores,
                    clientCores, errorSamples, note.isEmpty() ? more : note + "; " + more);
        }

        double throughput() {
            return ok / seconds;
        }

        /** Nearest-rank percentile, in milliseconds; NaN without successful requests. */
        double percentileMs(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
        }

        double meanMs() {
            return latencies.length == 0 ? Double.NaN : Arrays.stream(latencies).average().orElse(0) / 1e6;
        }

        double maxMs() {
            return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
        }
    }

    /** CPU time so far (ns) by process id, of the server's JVM and of PostgreSQL's processes; empty when unknown. */
    record CpuSample(Map<Long, Long> server, Map<Long, Long> db) {

        static final CpuSample UNKNOWN = new CpuSample(Map.of(), Map.of());

        /** Cores used between two samples; a process that started in between counts from zero. */
        static double cores(Map<Long, Long> before, Map<Long, Long> after, long wallNanos) {
            if (after.isEmpty()) {
                return Double.NaN;
            }
            long used = 0;
            for (var e : after.entrySet()) {
                used += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
            }
            return used / (double) wallNanos;
        }
    }

    /** A growable array of longs, one per user thread (no sharing while measuring). */
    private static final class Longs {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    private BenchmarkRun() {
    }

    /**
     * Runs the action with {@code users} threads. The warm-up lasts {@code warmupSeconds} and until every user has
     * completed a request (so that the window sees the steady state even when one request takes longer than the
     * warm-up), but at most {@code maxWarmupSeconds}. {@code cpu} is sampled at the window's start and end.
     */
    static Result run(String scenario, int users, int warmupSeconds, int maxWarmupSeconds, int seconds, Action action,
                      Supplier<CpuSample> cpu, String note) throws InterruptedException {
        Longs[] latencies = new Longs[users];
        long[] errors = new long[users];
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch everyoneDone = new CountDownLatch(users);
        AtomicLong windowStart = new AtomicLong(Long.MAX_VALUE);
        AtomicLong windowEnd = new AtomicLong(Long.MAX_VALUE);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            latencies[u] = new Longs();
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                boolean first = true;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= windowEnd.get()) {
                        break;
                    }
                    String error;
                    try {
                        error = action.run(user);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    long t1 = System.nanoTime();
                    if (first) {
                        first = false;
                        everyoneDone.countDown();
                    }
                    if (t1 >= windowStart.get() && t1 < windowEnd.get()) {
                        if (error == null) {
                            latencies[user].add(t1 - t0);
                        } else {
                            errors[user]++;
                            if (samples.size() < 5) {
                                samples.add(error);
                            }
                        }
                    }
                }
            }, "bench-user-" + u);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        ready.await();
        long begin = System.nanoTime();
        go.countDown();
        sleepUntil(begin + warmupSeconds * 1_000_000_000L);
        long left = begin + Math.max(warmupSeconds, maxWarmupSeconds) * 1_000_000_000L - System.nanoTime();
        boolean steady = everyoneDone.await(Math.max(0, left), TimeUnit.NANOSECONDS);
        long start = System.nanoTime();
        long warmedUp = start - begin;
        windowStart.set(start);
        windowEnd.set(start + seconds * 1_000_000_000L);
        CpuSample cpu0 = cpu.get();
        long client0 = clientCpu();
        long wall0 = System.nanoTime();
        sleepUntil(windowEnd.get());
        CpuSample cpu1 = cpu.get();
        long client1 = clientCpu();
        long wall = System.nanoTime() - wall0;
        for (Thread t : threads) {
            t.join(Duration.ofMinutes(3).toMillis());
            if (t.isAlive()) {
                t.interrupt();
            }
        }
        int total = 0;
        for (Longs l : latencies) {
            total += l.size;
        }
        long[] all = new long[total];
        int at = 0;
        for (Longs l : latencies) {
            System.arraycopy(l.values, 0, all, at, l.size);
            at += l.size;
        }
        Arrays.sort(all);
        long errorCount = Arrays.stream(errors).sum();
        List<String> notes = new ArrayList<>();
        if (!note.isEmpty()) {
            notes.add(note);
        }
        if (warmedUp > (warmupSeconds + 1) * 1_000_000_000L) {
            notes.add(String.format(java.util.Locale.ROOT, "warm-up %.0f s", warmedUp / 1e9));
        }
        if (!steady) {
            notes.add("not every user had completed a request after the warm-up");
        }
        if (all.length + errorCount == 0) {
            notes.add("no request completed in the window");
        }
        return new Result(scenario, users, all.length, errorCount, seconds, all,
                CpuSample.cores(cpu0.server(), cpu1.server(), wall), CpuSample.cores(cpu0.db(), cpu1.db(), wall),
                cores(client0, client1, wall), List.copyOf(samples), String.join("; ", notes));
    }

    // ---- mixed runs: each virtual user does a weighted mix of steps, each step one or a few timed requests

    /** Marks an action's outcome as an expected conflict (HTTP 409: someone else changed it first), not an error. */
    static final String CONFLICT = "conflict: ";

    /** One request of a mixed run; returns null when it succeeded, {@link #CONFLICT}… for a conflict, else the error. */
    @FunctionalInterface
    interface Request {
        String send() throws Exception;
    }

    /** What a virtual user of a mixed run does next (think time included); it times its requests with the timer. */
    @FunctionalInterface
    interface Step {
        void run(int user, Timer timer) throws Exception;
    }

    /** Per action, per user thread: latencies of the successful requests, errors, conflicts (nothing shared). */
    private static final class Tally {
        final Longs latencies = new Longs();
        long errors;
        long conflicts;
    }

    /** Times one user's requests under their action's names; a request counts if it completes in the window. */
    static final class Timer {
        private final Map<String, Tally> tallies = new java.util.HashMap<>();
        private final AtomicLong windowStart;
        private final AtomicLong windowEnd;
        private final Map<String, ConcurrentLinkedQueue<String>> samples;

        private Timer(AtomicLong windowStart, AtomicLong windowEnd, Map<String, ConcurrentLinkedQueue<String>> samples) {
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            this.samples = samples;
        }

        /** Sends the request, times it and counts its outcome; returns it (null: success) so the step can go on. */
        String time(String action, Request request) throws InterruptedException {
            long t0 = System.nanoTime();
            String outcome;
            try {
                outcome = request.send();
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            long t1 = System.nanoTime();
            if (t1 >= windowStart.get() && t1 < windowEnd.get()) {
                Tally t = tallies.computeIfAbsent(action, k -> new Tally());
                if (outcome == null) {
                    t.latencies.add(t1 - t0);
                } else if (outcome.startsWith(CONFLICT)) {
                    t.conflicts++;
                } else {
                    t.errors++;
                    ConcurrentLinkedQueue<String> q = samples.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>());
                    if (q.size() < 5) {
                        q.add(outcome);
                    }
                }
            }
            return outcome;
        }

        /** Whether the measured window is over (a user stops at its next step). */
        boolean over() {
            return System.nanoTime() >= windowEnd.get();
        }
    }

    /** A mixed run's figures: per action (in first-seen order) and over all actions; conflicts apart from errors. */
    record Mixed(List<Result> actions, Map<String, Long> conflicts, Result overall, long conflictsOverall, double warmedUpSeconds) {
    }

    /**
     * Runs {@code users} threads, each doing {@code step} over and over (a closed loop whose think time is the step's
     * own), for a warm-up of {@code warmupSeconds} and then a measured window of {@code seconds}.
     */
    static Mixed runMixed(int users, int warmupSeconds, int seconds, Step step, Supplier<CpuSample> cpu) throws InterruptedException {
        AtomicLong windowStart = new AtomicLong(Long.MAX_VALUE);
        AtomicLong windowEnd = new AtomicLong(Long.MAX_VALUE);
        Map<String, ConcurrentLinkedQueue<String>> samples = new java.util.concurrent.ConcurrentHashMap<>();
        Timer[] timers = new Timer[users];
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            timers[u] = new Timer(windowStart, windowEnd, samples);
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    while (!timers[user].over()) {
                        try {
                            step.run(user, timers[user]);
                        } catch (InterruptedException e) {
                            throw e;
                        } catch (Exception e) {
                            // a step's own failure (not one of its requests'): an error too; carry on
                            timers[user].time("step-failure", () -> e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                } catch (InterruptedException e) {
                    // stopped
                }
            }, "load-user-" + u);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        ready.await();
        long begin = System.nanoTime();
        go.countDown();
        sleepUntil(begin + warmupSeconds * 1_000_000_000L);
        long start = System.nanoTime();
        windowStart.set(start);
        windowEnd.set(start + seconds * 1_000_000_000L);
        CpuSample cpu0 = cpu.get();
        long client0 = clientCpu();
        long wall0 = System.nanoTime();
        sleepUntil(windowEnd.get());
        CpuSample cpu1 = cpu.get();
        long client1 = clientCpu();
        long wall = System.nanoTime() - wall0;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (t.isAlive()) {
                t.interrupt();
            }
        }
        double server = CpuSample.cores(cpu0.server(), cpu1.server(), wall);
        double db = CpuSample.cores(cpu0.db(), cpu1.db(), wall);
        double client = cores(client0, client1, wall);
        Map<String, List<Tally>> byAction = new java.util.LinkedHashMap<>();
        for (Timer t : timers) {
            t.tallies.forEach((action, tally) -> byAction.computeIfAbsent(action, k -> new ArrayList<>()).add(tally));
        }
        List<Result> actions = new ArrayList<>();
        Map<String, Long> conflicts = new java.util.LinkedHashMap<>();
        List<Tally> all = new ArrayList<>();
        for (var e : byAction.entrySet()) {
            actions.add(result(e.getKey(), users, seconds, e.getValue(), server, db, client,
                    List.copyOf(samples.getOrDefault(e.getKey(), new ConcurrentLinkedQueue<>()))));
            conflicts.put(e.getKey(), e.getValue().stream().mapToLong(t -> t.conflicts).sum());
            all.addAll(e.getValue());
        }
        List<String> allSamples = samples.values().stream().flatMap(q -> q.stream()).limit(10).toList();
        Result overall = result("all", users, seconds, all, server, db, client, allSamples);
        return new Mixed(actions, conflicts, overall, conflicts.values().stream().mapToLong(Long::longValue).sum(),
                (start - begin) / 1e9);
    }

    private static Result result(String name, int users, int seconds, List<Tally> tallies, double server, double db,
                                 double client, List<String> samples) {
        int total = tallies.stream().mapToInt(t -> t.latencies.size).sum();
        long[] latencies = new long[total];
        int at = 0;
        for (Tally t : tallies) {
            System.arraycopy(t.latencies.values, 0, latencies, at, t.latencies.size);
            at += t.latencies.size;
        }
        Arrays.sort(latencies);
        long errors = tallies.stream().mapToLong(t -> t.errors).sum();
        return new Result(name, users, total, errors, seconds, latencies, server, db, client, samples, "");
    }

    private static double cores(long before, long after, long wall) {
        return before < 0 || after < 0 ? Double.NaN : (after - before) / (double) wall;
    }

    private static long clientCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000), 0);
        }
    }
}
