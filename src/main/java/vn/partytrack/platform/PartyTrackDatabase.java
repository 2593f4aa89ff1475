package vn.partytrack.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource. DB_URL, DB_USER and DB_PASSWORD (MicroProfile Config) point it at PostgreSQL. Statements are
 * not prepared on the server, so PostgreSQL plans each one for its parameters (custom plans).
 */
@DataSourceDefinition(
        name = PartyTrackDatabase.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 10,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                // not on every checkout: each validation looks its class up through the application's class loader,
                // under that loader's lock, then asks PostgreSQL; with 200 users a dozen requests queued there
                // while holding their connection (BENCHMARKS.md, "Load"). Not much longer than 5 s either: after a
                // PostgreSQL restart, connections unchecked for that long are still handed out dead (with 30 s,
                // FaultCheck saw requests fail for 24 s after the database was back)
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                "fish.payara.fail-all-connections=true",
                // every connection of the pool has the same user: no matching. Payara matches by default for a
                // @DataSourceDefinition, under a lock on the pool's credentials; with 200 users that lock held
                // request threads 11 s in 90 s (BENCHMARKS.md, issue 19)
                "fish.payara.match-connections=false",
                "ApplicationName=PartyTrack",
                // plan each statement with its values: a generic plan cannot use the path index for "path LIKE $2",
                // and a 700-unit committee's dashboard then scanned the whole country (BENCHMARKS.md)
                "prepareThreshold=0"
        })
@ApplicationScoped
public class PartyTrackDatabase {
    public static final String JNDI_NAME = "java:app/jdbc/partytrack";
}
