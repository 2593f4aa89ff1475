package vn.partytrack.admission;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.DatabaseMigration;

import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night at 03:30 Hanoi time, the candidates' records past their retention period are erased (personal data is
 * kept no longer than needed). Each instance of a cluster runs it; the second finds nothing left to erase.
 */
@ApplicationScoped
public class CandidateRetention {

    private static final Logger LOG = Logger.getLogger(CandidateRetention.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CandidateService candidates;

    private volatile ScheduledFuture<?> scheduled;

    void start(@Observes @Priority(DatabaseMigration.PRIORITY + 210) @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (scheduled == null) {
            scheduled = executor.schedule(this::everyNight, new CronTrigger("30 3 * * *", Clocks.ZONE));
        }
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    void everyNight() {
        try {
            int erased = eraseExpired();
            LOG.info(() -> "Erased " + erased + " candidates' records past their retention period");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The nightly erasure of expired candidates' records failed", e);
        }
    }

    @Transactional
    int eraseExpired() {
        return candidates.eraseExpired("system");
    }
}
