package vn.partytrack.congress.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import vn.partytrack.congress.CongressDetails;
import vn.partytrack.congress.CongressForm;
import vn.partytrack.congress.CongressProgress;
import vn.partytrack.congress.CongressRow;
import vn.partytrack.congress.CongressProgressQuery;
import vn.partytrack.congress.CongressService;
import vn.partytrack.congress.CongressTerms;
import vn.partytrack.congress.TermForm;
import vn.partytrack.congress.TermRow;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Opened;

import java.time.LocalDate;
import java.util.List;

/** /api/v1/congresses: the same rules as the pages, through {@link CongressService}. */
@Path("congresses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Congresses")
public class CongressResource {

    @Inject
    CongressService congresses;

    @Inject
    CongressTerms terms;

    @Inject
    CongressProgressQuery progress;

    /** Which congress to open. */
    public record OpenRequest(Long organisationId, Long termId) {
    }

    /** The district's plan for a unit. */
    public record Plan(boolean pilot, LocalDate plannedDate, Long version) {
    }

    /** A stage reached. */
    public record StageReached(String stageCode, LocalDate completedOn, String note, Long version) {
    }

    /** A decision, with a reason when returning. */
    public record Decision(String reason, Long version) {
    }

    @GET
    @Path("terms")
    @Operation(summary = "Congress terms with their deadline and delegate-congress threshold")
    public List<TermRow> terms() {
        return terms.terms();
    }

    @POST
    @Path("terms")
    @Operation(summary = "Add a congress term with its deadline and delegate-congress threshold (administrators)")
    public Response createTerm(TermForm form) {
        Long id = terms.createTerm(form == null ? new TermForm() : form);
        return Response.status(Response.Status.CREATED).entity(terms.terms().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow()).build();
    }

    @GET
    @Operation(summary = "A term's congresses within the caller's scope (a secretary: their own unit)")
    public List<CongressRow> list(@QueryParam("term") Long term) {
        if (term == null) {
            throw new InvalidInput("term", "field.required");
        }
        return progress.list(term);
    }

    @GET
    @Path("progress")
    @Operation(summary = "Held, on schedule, pilots and units per stage (district readers): the units as they stood at the"
            + " term's deadline, or at the cut-off of the period given, with what happened by its end")
    public CongressProgress progress(@QueryParam("term") Long term, @QueryParam("bloc") String bloc, @QueryParam("period") Long period) {
        return progress.progress(term, bloc, period);
    }

    @POST
    @Operation(summary = "Open a unit's congress for a term, creating it if needed (its secretary or district staff)")
    public Response open(OpenRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("organisationId", "field.required");
        }
        Opened opened = congresses.open(request.organisationId(), request.termId());
        long id = opened.id();
        if (!opened.created()) {
            return Response.ok(congresses.get(id)).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(congresses.get(id)).build();
    }

    @GET
    @Path("{id}")
    public CongressDetails get(@PathParam("id") long id) {
        return congresses.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "The unit's details of its congress (its secretary); send the version you read")
    public CongressDetails update(@PathParam("id") long id, CongressForm form) {
        return congresses.update(id, form == null ? new CongressForm() : form);
    }

    @PUT
    @Path("{id}/plan")
    @Operation(summary = "Pilot or not, and the planned date (district staff)")
    public CongressDetails plan(@PathParam("id") long id, Plan plan) {
        if (plan == null) {
            throw new InvalidInput("plannedDate", "field.required");
        }
        return congresses.plan(id, plan.pilot(), plan.plannedDate(), plan.version());
    }

    @POST
    @Path("{id}/stages")
    @Operation(summary = "Record the date a stage was reached (its secretary)")
    public CongressDetails reach(@PathParam("id") long id, StageReached stage) {
        if (stage == null) {
            throw new InvalidInput("stageCode", "field.required");
        }
        return congresses.recordStage(id, stage.stageCode(), stage.completedOn(), stage.note(), stage.version());
    }

    @POST
    @Path("{id}/stages/{stage}/submit")
    @Operation(summary = "Submit a stage the district confirms (its secretary)")
    public CongressDetails submit(@PathParam("id") long id, @PathParam("stage") String stage, Decision decision) {
        return congresses.submitStage(id, stage, decision == null ? null : decision.version());
    }

    @POST
    @Path("{id}/stages/{stage}/return")
    @Operation(summary = "Return a stage with a reason (district staff)")
    public CongressDetails returnStage(@PathParam("id") long id, @PathParam("stage") String stage, Decision decision) {
        return congresses.returnStage(id, stage, decision == null ? null : decision.reason(), decision == null ? null : decision.version());
    }

    @POST
    @Path("{id}/stages/{stage}/accept")
    @Operation(summary = "Confirm a stage (district staff)")
    public CongressDetails accept(@PathParam("id") long id, @PathParam("stage") String stage, Decision decision) {
        return congresses.acceptStage(id, stage, decision == null ? null : decision.version());
    }
}
