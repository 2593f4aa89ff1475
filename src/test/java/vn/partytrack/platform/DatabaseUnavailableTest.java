package vn.partytrack.platform;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreAnOutage() {
        SQLException refused = new SQLException("Connection to localhost:54360 refused", "08001", new ConnectException("refused"));
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("wrapped", new RuntimeException(refused)))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("I/O error", "08006"));
        assertThat(DatabaseUnavailable.isCause(batch)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.isCause(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalArgumentException("bad"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("no state"))).isFalse();
    }
}
