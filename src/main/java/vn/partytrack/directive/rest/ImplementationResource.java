package vn.partytrack.directive.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.directive.ImplementationService;
import vn.partytrack.directive.MatrixCellRow;
import vn.partytrack.directive.ImplementationDetails;
import vn.partytrack.directive.ImplementationForm;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Opened;

import java.util.List;

/** /api/v1/directive-implementations: a unit's dissemination and implementation of a document. */
@Path("directive-implementations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directive implementation")
public class ImplementationResource {

    @Inject
    ImplementationService implementations;

    /** Which implementation to open. */
    public record OpenRequest(Long directiveId, Long organisationId) {
    }

    /** A reason when returning, and the version decided on. */
    public record Decision(String reason, Long version) {
    }

    @GET
    @Path("own")
    @Operation(summary = "The documents assigned to the caller's organisation and where it stands on each (secretaries)")
    public List<MatrixCellRow> own() {
        return implementations.ownAssignments();
    }

    @POST
    @Operation(summary = "Open the organisation's implementation of an assigned document, creating the draft if needed (its secretary)")
    public Response open(OpenRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("directiveId", "field.required");
        }
        Opened opened = implementations.open(request.directiveId(), request.organisationId());
        long id = opened.id();
        if (!opened.created()) {
            return Response.ok(implementations.implementation(id)).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(implementations.implementation(id)).build();
    }

    @GET
    @Path("{id}")
    public ImplementationDetails get(@PathParam("id") long id) {
        return implementations.implementation(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save the sessions, plan, models and results (its secretary); send the version you read")
    public ImplementationDetails save(@PathParam("id") long id, ImplementationForm form) {
        return implementations.save(id, form == null ? new ImplementationForm() : form);
    }

    @POST
    @Path("{id}/submit")
    public ImplementationDetails submit(@PathParam("id") long id, ImplementationForm form) {
        return implementations.submit(id, form == null || (form.getSessions().isEmpty() && form.getPlanNumber() == null
                && form.getResults() == null && form.getModels().isEmpty()) ? null : form);
    }

    @POST
    @Path("{id}/return")
    public ImplementationDetails returnForCorrection(@PathParam("id") long id, Decision decision) {
        return implementations.returnForCorrection(id, decision == null ? null : decision.reason(), decision == null ? null : decision.version());
    }

    @POST
    @Path("{id}/accept")
    public ImplementationDetails accept(@PathParam("id") long id, Decision decision) {
        return implementations.accept(id, decision == null ? null : decision.version());
    }
}
