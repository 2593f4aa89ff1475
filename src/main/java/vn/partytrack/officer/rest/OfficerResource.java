package vn.partytrack.officer.rest;

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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.officer.CommitteeForm;
import vn.partytrack.officer.CommitteeRow;
import vn.partytrack.officer.EndForm;
import vn.partytrack.officer.OfficerHistory;
import vn.partytrack.officer.OfficerService;
import vn.partytrack.officer.PostForm;
import vn.partytrack.officer.PostRow;

/**
 * /api/v1/organisations/{id}/officers: a unit's committees and officers by term, a personal record. Only the unit's
 * own secretary and the organisation board's staff are let through; every read is written to the audit trail.
 */
@Path("organisations/{id}/officers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Officers", description = "Committees and officers by term (personal records: the unit's secretary and the organisation board)")
public class OfficerResource {

    @Inject
    OfficerService officers;

    @GET
    @Operation(summary = "The unit's officer history: committees by term and every post with dates, how the holder came and left, decisions (read is audited)")
    public OfficerHistory history(@PathParam("id") long id) {
        return officers.history(id);
    }

    @POST
    @Operation(summary = "Add a post: kind, person, from (and to for a past post), how they came and the approving decision where the way needs one")
    public Response add(@PathParam("id") long id, PostForm form, @Context UriInfo uri) {
        PostRow row = officers.add(id, form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(row.id())).build()).entity(row).build();
    }

    @POST
    @Path("{postId}/end")
    @Operation(summary = "End a post: last day held, how the holder left, the decision where one is needed; send the version you read")
    public PostRow end(@PathParam("id") long id, @PathParam("postId") long postId, EndForm form) {
        return officers.end(id, postId, form);
    }

    @POST
    @Path("{postId}/remove")
    @Operation(summary = "Remove a post for good, past its keeping time or typed in error (organisation board staff); the version you read is required")
    public void remove(@PathParam("id") long id, @PathParam("postId") long postId,
                       @QueryParam("version") @Parameter(required = true) Long version) {
        officers.remove(id, postId, version);
    }

    @PUT
    @Path("committee")
    @Operation(summary = "Record or correct the committee of a term: approved and elected sizes, dates, approving decision (checked against the statute)")
    public CommitteeRow committee(@PathParam("id") long id, CommitteeForm form) {
        return officers.recordCommittee(id, form);
    }

    @POST
    @Path("from-congress")
    @Operation(summary = "Take the committee, secretary and deputies from the unit's congress results for a term instead of typing them again")
    public OfficerHistory fromCongress(@PathParam("id") long id, @QueryParam("term") @Parameter(required = true) Long term) {
        return officers.takeFromCongress(id, term);
    }
}
