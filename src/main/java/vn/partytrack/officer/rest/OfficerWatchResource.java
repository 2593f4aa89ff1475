package vn.partytrack.officer.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.officer.OfficerCounts;
import vn.partytrack.officer.OfficerService;
import vn.partytrack.officer.OfficerWatch;

/** /api/v1/officers: what district readers see of officers across units, without any person. */
@Path("officers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Officer watch", description = "Vacant posts, terms ending and counts across units, without any person")
public class OfficerWatchResource {

    @Inject
    OfficerService officers;

    @GET
    @Path("watch")
    @Operation(summary = "Posts vacant longer than the configured days (PARTYTRACK_VACANT_DAYS) and terms ending within 6 months, by unit (district readers)")
    public OfficerWatch watch(@QueryParam("bloc") String bloc, @QueryParam("committee") Long committee) {
        return officers.watch(bloc == null || bloc.isBlank() ? null : bloc, committee);
    }

    @GET
    @Path("counts")
    @Operation(summary = "Counts of units, secretaries and posts held, vacancies and terms ending: what leadership views see (district readers)")
    public OfficerCounts counts(@QueryParam("bloc") String bloc, @QueryParam("committee") Long committee) {
        return officers.counts(bloc == null || bloc.isBlank() ? null : bloc, committee);
    }
}
