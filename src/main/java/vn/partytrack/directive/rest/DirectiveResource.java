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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.directive.DirectiveForm;
import vn.partytrack.directive.DirectiveRow;
import vn.partytrack.directive.DirectiveCatalogue;
import vn.partytrack.directive.DisseminationMatrixQuery;
import vn.partytrack.directive.DisseminationMatrix;

import java.util.List;

/** /api/v1/directives: the catalogue, assignments and the dissemination matrix. */
@Path("directives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directives")
public class DirectiveResource {

    @Inject
    DirectiveCatalogue directives;

    @Inject
    DisseminationMatrixQuery matrices;

    /** Assign to every active grassroots organisation of a bloc and/or to chosen organisations. */
    public record Assignment(String bloc, List<Long> organisationIds) {
    }

    @GET
    @Operation(summary = "The catalogue of documents, newest first, with how many units each is assigned to")
    public List<DirectiveRow> list() {
        return directives.catalogue();
    }

    @GET
    @Path("{id}")
    public DirectiveRow get(@PathParam("id") long id) {
        return directives.get(id);
    }

    @POST
    @Operation(summary = "Add a document to the catalogue (district staff)")
    public Response create(DirectiveForm form, @Context UriInfo uri) {
        Long id = directives.create(form == null ? new DirectiveForm() : form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(directives.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a document (district staff); send the version you read")
    public DirectiveRow update(@PathParam("id") long id, DirectiveForm form) {
        directives.update(id, form == null ? new DirectiveForm() : form);
        return directives.get(id);
    }

    @POST
    @Path("{id}/assignments")
    @Operation(summary = "Assign the document to a bloc's units and/or chosen units (district staff); returns how many were added")
    public int assign(@PathParam("id") long id, Assignment assignment) {
        return directives.assign(id, assignment == null ? null : assignment.bloc(), assignment == null ? List.of() : assignment.organisationIds());
    }

    @GET
    @Path("matrix")
    @Operation(summary = "Units × documents: status, first session, attendance, overdue days; share disseminated per document."
            + " With a period: the units as they stood at its cut-off, the documents issued and the sessions held by its end")
    public DisseminationMatrix matrix(@QueryParam("bloc") String bloc, @QueryParam("period") Long period) {
        return matrices.matrix(bloc, period);
    }
}
