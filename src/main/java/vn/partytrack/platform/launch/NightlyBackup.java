package vn.partytrack.platform.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The run command's automatic backup of its embedded database, in the launcher's process while the server runs: every
 * day at {@code PARTYTRACK_BACKUP_TIME} (02:00 Hanoi time by default) into {@code PARTYTRACK_BACKUP_DIR}
 * ({@code ~/.partytrack/backups}), keeping the newest {@code PARTYTRACK_BACKUP_KEEP} (14). An office computer is often
 * off at night, so {@value #CATCH_UP_MINUTES} minutes after a start it also backs up when the newest backup is more
 * than a day old. {@code PARTYTRACK_BACKUP_NIGHTLY=false} turns it off. A backup that fails (full disk, folder not
 * writable) is logged with its cause and leaves the earlier backups as they were.
 */
public final class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());
    static final int CATCH_UP_MINUTES = 10;

    private final String jdbcUrl;
    private final Path folder;
    private final int keep;

    NightlyBackup(String jdbcUrl, Path folder, int keep) {
        this.jdbcUrl = jdbcUrl;
        this.folder = folder;
        this.keep = keep;
    }

    /** Schedules the backups of the embedded database at {@code jdbcUrl}, unless turned off; null when off. */
    static ScheduledExecutorService schedule(String jdbcUrl) {
        if ("false".equalsIgnoreCase(DatabaseBackup.env("PARTYTRACK_BACKUP_NIGHTLY", "true"))) {
            LOG.info("Nightly backup off (PARTYTRACK_BACKUP_NIGHTLY=false)");
            return null;
        }
        LocalTime at;
        int keep;
        try {
            at = LocalTime.parse(DatabaseBackup.env("PARTYTRACK_BACKUP_TIME", "02:00"));
            keep = Math.max(1, Integer.parseInt(DatabaseBackup.env("PARTYTRACK_BACKUP_KEEP", "14")));
        } catch (RuntimeException e) {
            LOG.warning("Sao lưu hằng đêm: cấu hình không hợp lệ (PARTYTRACK_BACKUP_TIME như 02:00, PARTYTRACK_BACKUP_KEEP một số),"
                    + " dùng 02:00 và 14 / nightly backup: invalid PARTYTRACK_BACKUP_TIME or PARTYTRACK_BACKUP_KEEP (" + e.getMessage()
                    + "), using 02:00 and 14");
            at = LocalTime.of(2, 0);
            keep = 14;
        }
        NightlyBackup backup = new NightlyBackup(jdbcUrl, DatabaseBackup.backupDirectory(), keep);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "partytrack-nightly-backup");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        ZonedDateTime now = ZonedDateTime.now(DatabaseBackup.ZONE);
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        executor.scheduleAtFixedRate(backup::run, Duration.between(now, next).toSeconds(), TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
        executor.schedule(backup::catchUp, CATCH_UP_MINUTES, TimeUnit.MINUTES);
        LOG.info("Nightly backup at " + at + " (Hanoi time) into " + backup.folder + ", keeping " + keep
                + " (PARTYTRACK_BACKUP_TIME, PARTYTRACK_BACKUP_DIR, PARTYTRACK_BACKUP_KEEP; PARTYTRACK_BACKUP_NIGHTLY=false turns it off)");
        return executor;
    }

    /** Backs up when the newest backup is more than a day old (the computer was off at the nightly time). */
    void catchUp() {
        try {
            List<Path> backups = DatabaseBackup.list(folder);
            if (backups.isEmpty() || Files.getLastModifiedTime(backups.get(0)).toInstant().isBefore(Instant.now().minus(Duration.ofHours(24)))) {
                run();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning("Sao lưu tự động / automatic backup: " + e);
        }
    }

    /** One backup, then the oldest beyond the retention count removed; never throws (the server keeps running). */
    void run() {
        try {
            Path file = DatabaseBackup.backup(jdbcUrl, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, folder);
            int deleted = DatabaseBackup.prune(folder, keep);
            LOG.info("Sao lưu tự động xong / automatic backup written: " + file + " (" + Files.size(file) / 1024 + " KiB; "
                    + deleted + " older removed, " + keep + " kept)");
        } catch (DatabaseBackup.Failure e) {
            LOG.warning("Sao lưu tự động thất bại / automatic backup failed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warning("Sao lưu tự động thất bại / automatic backup failed: " + e);
        } finally {
            PartyTrackLauncher.releaseMemory(); // the launcher's JVM goes back to waiting: hand the backup's buffers back
        }
    }
}
