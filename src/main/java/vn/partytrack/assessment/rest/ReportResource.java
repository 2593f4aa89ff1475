package vn.partytrack.assessment.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.assessment.ReportDetails;
import vn.partytrack.assessment.ReportForm;
import vn.partytrack.assessment.ReportRow;
import vn.partytrack.assessment.ReportService;
import vn.partytrack.platform.Opened;
import vn.partytrack.platform.rest.OneOf;
import vn.partytrack.review.ReviewStatus;
import vn.partytrack.review.rest.ReviewRequests;
import vn.partytrack.review.rest.ReviewRequests.Decision;
import vn.partytrack.review.rest.ReviewRequests.Reason;
import vn.partytrack.review.rest.ReviewRequests.UnlockDecision;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Page;

import java.util.List;

/** /api/v1/reports: the same workflow and access rules as the pages, through {@link ReportService}. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    ReportService reports;

    /** Which report to open: an organisation's report for a period. */
    public record OpenRequest(Long organisationId, Long periodId) {
    }

    /** Several reports to accept at once. */
    public record Batch(List<Long> ids) {
    }

    @GET
    @Operation(summary = "Reports filtered by period, organisation and status, within the caller's scope")
    public Page<ReportRow> list(@QueryParam("period") Long period, @QueryParam("organisation") Long organisation,
                                @QueryParam("status") @OneOf(ReviewStatus.class) String status,
                                @QueryParam("offset") @DefaultValue("0") int offset,
                                @QueryParam("limit") @DefaultValue("50") int limit) {
        Page.requireValid(offset, limit);
        ReviewStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? null : ReviewStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "report.status.unknown");
        }
        return reports.list(period, organisation, wanted, offset, limit);
    }

    @POST
    @Operation(summary = "Open an organisation's report for a period, creating the prefilled draft if needed (its secretary)")
    public Response open(OpenRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("organisationId", "field.required");
        }
        Opened opened = reports.open(request.organisationId(), request.periodId());
        long id = opened.id();
        if (!opened.created()) {
            return Response.ok(reports.get(id)).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(reports.get(id)).build();
    }

    @GET
    @Path("{id}")
    public ReportDetails get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @GET
    @Path("{id}/previous")
    @Operation(summary = "The same unit's report for the previous period (204 when there is none)")
    public Response previous(@PathParam("id") long id) {
        ReportDetails previous = reports.previous(id);
        return previous == null ? Response.noContent().build() : Response.ok(previous).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save the draft (incomplete is fine); send the version you read")
    public ReportDetails save(@PathParam("id") long id, ReportForm form) {
        return reports.saveDraft(id, form == null ? new ReportForm() : form);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit: saves the content sent (if any) and submits it, when complete and valid")
    public ReportDetails submit(@PathParam("id") long id, ReportForm form) {
        return reports.submit(id, form);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return for correction, with a reason (district staff)")
    public ReportDetails returnForCorrection(@PathParam("id") long id, Reason reason) {
        return ReviewRequests.returnForCorrection(reports, id, reason);
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept (district staff)")
    public ReportDetails accept(@PathParam("id") long id, Decision decision) {
        return reports.accept(id, ReviewRequests.version(decision));
    }

    @POST
    @Path("accept")
    @Operation(summary = "Accept several reports at once (district staff); returns how many were accepted")
    public int acceptAll(Batch batch) {
        return reports.acceptAll(batch == null || batch.ids() == null ? List.of() : batch.ids());
    }

    @POST
    @Path("{id}/lock")
    public ReportDetails lock(@PathParam("id") long id, Decision decision) {
        return reports.lock(id, ReviewRequests.version(decision));
    }

    @POST
    @Path("{id}/unlock-request")
    @Operation(summary = "Ask to unlock an accepted report, with a reason (its secretary)")
    public ReportDetails requestUnlock(@PathParam("id") long id, Reason reason) {
        return ReviewRequests.requestUnlock(reports, id, reason);
    }

    @POST
    @Path("{id}/unlock-decision")
    @Operation(summary = "Grant or refuse an unlock request (district staff)")
    public ReportDetails decideUnlock(@PathParam("id") long id, UnlockDecision decision) {
        return ReviewRequests.decideUnlock(reports, id, decision);
    }

    @POST
    @Path("{id}/comments")
    public ReportDetails comment(@PathParam("id") long id, Reason text) {
        return ReviewRequests.comment(reports, id, text);
    }
}
