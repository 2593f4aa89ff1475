package vn.partytrack.dashboard.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.assessment.SubmissionTracker;
import vn.partytrack.assessment.TrackerView;
import vn.partytrack.dashboard.DashboardView;
import vn.partytrack.dashboard.DistrictDashboard;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.InvalidInput;

/** /api/v1/dashboard: the district dashboard and the submission tracker of a scope and period (district readers). */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class DashboardResource {

    @Inject
    DistrictDashboard dashboard;

    @Inject
    SubmissionTracker tracker;

    @Inject
    OrganisationService organisations;

    @GET
    @Operation(summary = "Counts, figures, trend and lagging units of a bloc and/or committee (both blank: everything) for a period")
    public DashboardView view(@QueryParam("bloc") String bloc, @QueryParam("committee") Long committee, @QueryParam("period") @Parameter(required = true) Long period) {
        return dashboard.view(organisations.scope(Text.nullIfBlank(bloc), committee), required(period));
    }

    @GET
    @Path("tracker")
    @Operation(summary = "The submission tracker: one row per unit of the scope, and the counts")
    public TrackerView tracker(@QueryParam("bloc") String bloc, @QueryParam("committee") Long committee, @QueryParam("period") @Parameter(required = true) Long period,
                               @QueryParam("sector") String sector) {
        return tracker.track(required(period), organisations.scope(Text.nullIfBlank(bloc), committee), Text.nullIfBlank(sector));
    }

    private static Long required(Long period) {
        if (period == null) {
            throw new InvalidInput("period", "field.required");
        }
        return period;
    }
}
