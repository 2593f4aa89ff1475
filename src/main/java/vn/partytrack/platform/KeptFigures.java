package vn.partytrack.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Figures computed once and kept until a record they count changes: the dashboard's and the tracker's, for each
 * scope, period and day. The database says when that is: {@code figures_stamp} (V25) grows with every committed
 * transaction that changed such a record, on this instance or another (a draft saved does not count). Each request
 * reads the stamp (one statement) and gets the figures kept under it, or computes them; requests that arrive while
 * they are computed wait for that one computation instead of repeating it. Figures are read after the stamp, so they
 * are never older than it. Callers check access before asking: what is kept holds no one's rights.
 * <p>
 * What is kept must not be changed by its users (immutable lists). At most {@link #CAPACITY} entries; when the stamp
 * moves, everything kept under an older one is dropped. {@code partytrack.kept-figures=false}
 * (PARTYTRACK_KEPT_FIGURES) computes every time.
 */
@ApplicationScoped
public class KeptFigures {

    static final int CAPACITY = 1024;

    @PersistenceContext
    EntityManager em;

    private final boolean enabled = ConfigProvider.getConfig()
            .getOptionalValue("partytrack.kept-figures", Boolean.class).orElse(true);

    private record Key(long stamp, List<Object> what) {
    }

    private final Map<Key, FutureTask<Object>> kept = new ConcurrentHashMap<>();
    private volatile long newest = -1;

    /** The figures named by {@code what} (their kind, scope, period, day…), kept or computed now. */
    @SuppressWarnings("unchecked")
    public <T> T get(Supplier<T> compute, Object... what) {
        if (!enabled) {
            return compute.get();
        }
        long stamp = ((Number) em.createNativeQuery("SELECT stamp FROM figures_stamp WHERE id = 1").getSingleResult()).longValue();
        if (stamp > newest) {
            newest = stamp;
            kept.keySet().removeIf(k -> k.stamp() < stamp);
        }
        if (kept.size() >= CAPACITY) {
            kept.clear();
        }
        Key key = new Key(stamp, List.of(what));
        FutureTask<Object> mine = new FutureTask<>(compute::get);
        FutureTask<Object> task = kept.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            mine.run(); // on this request's thread, in its transaction
        }
        try {
            return (T) task.get();
        } catch (ExecutionException e) {
            kept.remove(key, task); // not kept: the next request tries again
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
