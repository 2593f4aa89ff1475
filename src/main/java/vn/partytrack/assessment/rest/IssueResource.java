package vn.partytrack.assessment.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.assessment.IssueRegister;
import vn.partytrack.assessment.IssueRow;

import java.util.List;

/** /api/v1/issues: the register of difficulties and proposals, and the district's answers. */
@Path("issues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Issue register")
public class IssueResource {

    @Inject
    IssueRegister register;

    /** An answer: owning board, response, status (OPEN, ANSWERED, CLOSED) and the version read. */
    public record Answer(String boardCode, String response, String status, Long version) {
    }

    @GET
    @Operation(summary = "Difficulties and proposals of submitted reports (a secretary: their own), with answers")
    public List<IssueRow> list(@QueryParam("period") Long period, @QueryParam("bloc") String bloc, @QueryParam("status") String status) {
        return register.list(period, bloc, status);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Register and answer an item (district staff)")
    public IssueRow answer(@PathParam("id") long id, Answer answer) {
        return answer == null ? register.answer(id, null, null, null, null)
                : register.answer(id, answer.boardCode(), answer.response(), answer.status(), answer.version());
    }
}
