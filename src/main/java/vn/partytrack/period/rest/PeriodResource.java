package vn.partytrack.period.rest;

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
import vn.partytrack.period.PeriodForm;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;

import java.util.List;

/** /api/v1/periods: reporting periods; administrators define them. */
@Path("periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Periods")
public class PeriodResource {

    @Inject
    PeriodService periods;

    @GET
    @Operation(summary = "All reporting periods, newest first")
    public List<PeriodRow> list() {
        return periods.list();
    }

    @GET
    @Path("{id}")
    public PeriodRow get(@PathParam("id") long id) {
        return periods.get(id);
    }

    @POST
    @Operation(summary = "Define a period (administrators)")
    public Response create(PeriodForm form, @Context UriInfo uri) {
        Long id = periods.create(form == null ? new PeriodForm() : form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(periods.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a period, e.g. close it (administrators); send the version you read")
    public PeriodRow update(@PathParam("id") long id, PeriodForm form) {
        periods.update(id, form == null ? new PeriodForm() : form);
        return periods.get(id);
    }
}
