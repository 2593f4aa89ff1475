package vn.partytrack.platform.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command after a kill -9: a postmaster.pid left behind must not keep PostgreSQL from starting. */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void aLockFileNamingALiveProcessThatIsNotPostgresIsRemoved() throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), other.pid() + "\n" + data + "\n");
            EmbeddedDatabase.clearLeftover(data);
            assertThat(data.resolve("postmaster.pid")).doesNotExist();
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLockFileOfAProcessThatIsGoneIsLeftToPostgres() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n");
        EmbeddedDatabase.clearLeftover(data);
        assertThat(data.resolve("postmaster.pid")).exists();
    }

    @Test
    void aDirectoryWithoutLockFileIsLeftAlone() throws Exception {
        EmbeddedDatabase.clearLeftover(data);
        assertThat(data).isEmptyDirectory();
    }
}
