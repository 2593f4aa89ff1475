package vn.partytrack.platform;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Counts the SQL statements EclipseLink sends on the current thread (registered in persistence.xml). The REST door
 * reports the count of each call in a response header when {@code partytrack.sql-count} is on, so a test can prove
 * that a view's statements do not grow with the number of units. With {@code partytrack.sql-trace} on, every request
 * (page or API) writes its statements, each with its time, to the server's log (BENCHMARKS.md, the profile).
 */
public class SqlStatements extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(SqlStatements.class.getName());
    private static final ThreadLocal<Trace> TRACE = ThreadLocal.withInitial(Trace::new);
    private static volatile Boolean tracing;

    /** What one thread sent since its last reset: the count, and with tracing the statements and their times. */
    private static final class Trace {
        int count;
        long started;
        long nanos;
        final List<String> statements = new ArrayList<>();
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        TRACE.get().started = System.nanoTime();
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        Trace t = TRACE.get();
        t.count++;
        if (tracing()) {
            long took = System.nanoTime() - t.started;
            t.nanos += took;
            String sql = event.getCall() instanceof DatabaseCall call ? call.getSQLString() : String.valueOf(event.getCall());
            t.statements.add(String.format("%7.2f ms  %s", took / 1e6, sql));
        }
    }

    public static void reset() {
        Trace t = TRACE.get();
        t.count = 0;
        t.nanos = 0;
        t.statements.clear();
    }

    public static int count() {
        return TRACE.get().count;
    }

    /** With {@code partytrack.sql-trace}: logs what the request took in SQL, then forgets it. */
    public static void log(String request, long requestNanos) {
        if (!tracing()) {
            return;
        }
        Trace t = TRACE.get();
        LOG.info(String.format("%s: %.2f ms, %d SQL statements in %.2f ms%n%s", request, requestNanos / 1e6, t.count,
                t.nanos / 1e6, String.join("\n", t.statements)));
        reset();
    }

    private static boolean tracing() {
        Boolean on = tracing;
        if (on == null) {
            on = ConfigProvider.getConfig().getOptionalValue("partytrack.sql-trace", Boolean.class).orElse(false);
            tracing = on;
        }
        return on;
    }
}
