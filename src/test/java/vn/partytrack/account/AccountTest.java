package vn.partytrack.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    final Instant now = Instant.parse("2020-07-09T08:00:00Z");

    Account account() {
        return new Account("bithu01", "Bí thư", "hash", Role.SECRETARY, null, null, now);
    }

    @Test
    void theFifthWrongPasswordInARowLocksForFifteenMinutes() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.loginFailed(now);
            assertThat(a.isLockedAt(now)).isFalse();
        }
        a.loginFailed(now);
        assertThat(a.isLockedAt(now)).isTrue();
        assertThat(a.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(a.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.loginFailed(now);
        }
        a.loginSucceeded();
        a.loginFailed(now);
        assertThat(a.isLockedAt(now)).isFalse();
        assertThat(a.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void aPasswordResetUnlocks() {
        Account a = account();
        for (int i = 0; i < 5; i++) {
            a.loginFailed(now);
        }
        a.resetPassword("new-hash");
        assertThat(a.isLockedAt(now)).isFalse();
    }

    @Test
    void onlySecretariesCarryAnOrganisationAndOnlyStaffABoard() {
        Account admin = new Account("admin", "Quản trị", "hash", Role.ADMIN, null, null, now);
        assertThat(admin.getOrganisation()).isNull();
        assertThat(admin.getBoard()).isNull();
    }
}
