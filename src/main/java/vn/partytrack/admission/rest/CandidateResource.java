package vn.partytrack.admission.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.partytrack.admission.CandidateDetails;
import vn.partytrack.admission.CandidateForm;
import vn.partytrack.admission.CandidateRow;
import vn.partytrack.admission.CandidateService;
import vn.partytrack.admission.OverdueList;
import vn.partytrack.admission.StageStep;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Page;

/**
 * /api/v1/candidates: the admission pipeline (phát triển đảng viên) through {@link CandidateService}. Candidates are
 * personal data: only their unit's secretary and the staff of the board that owns admissions read or change them, and
 * every read is audited; leadership reads counts on the dashboard.
 */
@Path("candidates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "The admission pipeline: candidates, their stages, deadlines and overdue steps (personal data)")
public class CandidateResource {

    @Inject
    CandidateService candidates;

    @Inject
    OrganisationService organisations;

    @GET
    @Operation(summary = "A unit's candidates (a secretary: their own unit by default; the owning board's staff: every candidate in reach); the read is audited")
    public Page<CandidateRow> list(@QueryParam("organisation") Long organisation, @QueryParam("stage") String stage,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        Page.requireValid(offset, limit);
        return candidates.list(organisation, stage, offset, limit);
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Overdue ceremonies and reviews of full membership under a committee and/or bloc today, with the units to follow up (the owning board's staff); the read is audited")
    public OverdueList overdue(@QueryParam("committee") Long committee, @QueryParam("bloc") String bloc,
                               @QueryParam("offset") @DefaultValue("0") int offset,
                               @QueryParam("limit") @DefaultValue("100") int limit) {
        var scope = organisations.scope(bloc == null || bloc.isBlank() ? null : bloc, committee);
        Page.requireValid(offset, limit);
        return candidates.overdue(scope, offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A candidate: stages with dates and decision numbers, computed deadlines, next stages; the read is audited")
    public CandidateDetails get(@PathParam("id") long id) {
        return candidates.get(id);
    }

    @POST
    @Operation(summary = "Add a candidate who attended the Party-awareness course (the unit's secretary or the owning board's staff)")
    public Response create(CandidateForm form, @Context UriInfo uri) {
        CandidateDetails created = candidates.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @POST
    @Path("{id}/stages")
    @Operation(summary = "Record the next stage reached: its date, the decision number where the stage needs one, the reason of a removal; send the version you read")
    public CandidateDetails advance(@PathParam("id") long id, StageStep step) {
        return candidates.advance(id, step);
    }

    /** The version of the record the caller read, for a step without other input. */
    public record CandidateVersion(Long version) {
    }

    @POST
    @Path("{id}/erasure")
    @Operation(summary = "Erase a candidate's record (the owning board's staff; send the version you read); the audit trail keeps the erasure without the name")
    public void erase(@PathParam("id") long id, CandidateVersion version) {
        candidates.erase(id, version == null ? null : version.version());
    }

    /** How many records an erasure removed. */
    public record Erased(int erased) {
    }

    @POST
    @Path("retention")
    @Operation(summary = "Erase now the closed records past their retention period (the owning board's staff; the server also does it every night)")
    public Erased eraseExpired() {
        return new Erased(candidates.eraseExpired());
    }

}
