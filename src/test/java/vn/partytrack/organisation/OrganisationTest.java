package vn.partytrack.organisation;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationTest {

    final Instant now = Instant.parse("2020-07-09T08:00:00Z");

    @Test
    void membersAddUpWhenFullPlusProbationaryIsTheTotal() {
        assertThat(Membership.addsUp(186, 171, 15)).isTrue();
        assertThat(Membership.addsUp(186, 171, 14)).isFalse();
        assertThat(Membership.addsUp(0, 0, 0)).isTrue();
    }

    @Test
    void deactivationKeepsTheFirstDateAndReactivationClearsIt() {
        Organisation o = new Organisation("MAU-1", now);
        assertThat(o.isActive()).isTrue();
        o.deactivate(now);
        o.deactivate(now.plusSeconds(60));
        assertThat(o.isActive()).isFalse();
        assertThat(o.getDeactivatedAt()).isEqualTo(now);
        o.reactivate();
        assertThat(o.isActive()).isTrue();
        assertThat(o.getDeactivatedAt()).isNull();
    }

    @Test
    void anOrganisationIsWithinItselfAndItsParentButNotItsSibling() throws Exception {
        Organisation parent = withId(new Organisation("P", now), 1L);
        Organisation cell = withId(new Organisation("C", now), 2L);
        cell.place("C", null, parent, null, null);
        assertThat(cell.isWithin(2L)).isTrue();
        assertThat(cell.isWithin(1L)).isTrue();
        assertThat(cell.isWithin(3L)).isFalse();
        assertThat(parent.isWithin(2L)).isFalse();
        assertThat(cell.isWithin(null)).isFalse();
    }

    static Organisation withId(Organisation o, long id) throws Exception {
        Field f = Organisation.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(o, id);
        return o;
    }
}
