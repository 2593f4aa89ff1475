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
