package vn.partytrack.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The registry kept aside and put back, for a test class that restructures it: every test class shares one database,
 * and the others count the sample units as the sample made them.
 */
public final class RegistrySnapshot {

    private RegistrySnapshot() {
    }

    /** Keeps the registry, its versions, decisions and successions, and the units' officers as they are now. */
    public static void take() throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS snapshot_organisation, snapshot_version, snapshot_decision, snapshot_succession,"
                    + " snapshot_officer_committee, snapshot_officer_post");
            s.execute("CREATE TABLE snapshot_organisation AS SELECT * FROM organisation");
            s.execute("CREATE TABLE snapshot_version AS SELECT * FROM organisation_version");
            s.execute("CREATE TABLE snapshot_decision AS SELECT id FROM registry_decision");
            s.execute("CREATE TABLE snapshot_succession AS SELECT * FROM organisation_succession");
            // a change to a unit's officers (a merger ends its posts) is undone with it
            s.execute("CREATE TABLE snapshot_officer_committee AS SELECT * FROM officer_committee");
            s.execute("CREATE TABLE snapshot_officer_post AS SELECT * FROM officer_post");
        }
    }

    /** Puts back what {@link #take()} kept: units added since are gone, the summaries rebuilt from the records. */
    public static void restore() throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("ALTER TABLE organisation DISABLE TRIGGER USER");
            s.executeUpdate("UPDATE organisation o SET code = b.code, name = b.name, type_id = b.type_id, parent_id = b.parent_id,"
                    + " path = b.path, bloc_id = b.bloc_id, sector_id = b.sector_id, members_total = b.members_total,"
                    + " members_full = b.members_full, members_probationary = b.members_probationary, active = b.active,"
                    + " deactivated_at = b.deactivated_at, secretary_name = b.secretary_name,"
                    + " deputy_secretary_name = b.deputy_secretary_name, version = b.version FROM snapshot_organisation b WHERE b.id = o.id");
            s.executeUpdate("DELETE FROM officer_post");
            s.executeUpdate("DELETE FROM officer_committee");
            s.executeUpdate("DELETE FROM organisation_version");
            s.executeUpdate("DELETE FROM organisation_succession");
            s.executeUpdate("DELETE FROM organisation WHERE id NOT IN (SELECT id FROM snapshot_organisation)");
            s.executeUpdate("DELETE FROM registry_decision WHERE id NOT IN (SELECT id FROM snapshot_decision)");
            s.execute("ALTER TABLE organisation ENABLE TRIGGER USER");
            s.executeUpdate("INSERT INTO organisation_version SELECT * FROM snapshot_version");
            s.executeUpdate("INSERT INTO organisation_succession SELECT * FROM snapshot_succession");
            s.executeUpdate("INSERT INTO officer_committee SELECT * FROM snapshot_officer_committee");
            s.executeUpdate("INSERT INTO officer_post SELECT * FROM snapshot_officer_post");
            s.execute("SELECT summaries_rebuild()");
            s.execute("DROP TABLE snapshot_organisation, snapshot_version, snapshot_decision, snapshot_succession,"
                    + " snapshot_officer_committee, snapshot_officer_post");
            c.commit();
        }
    }
}
