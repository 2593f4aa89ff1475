package vn.partytrack.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partytrack.platform.SqlStatements;

/**
 * With {@code partytrack.sql-count=true}: each API response says how many SQL statements it took (X-SQL-Statements),
 * counted from the start of the request ({@code HttpSafety} resets the count).
 */
@Provider
public class SqlStatementHeader implements ContainerResponseFilter {

    @Inject
    @ConfigProperty(name = "partytrack.sql-count", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle("X-SQL-Statements", String.valueOf(SqlStatements.count()));
        }
    }
}
