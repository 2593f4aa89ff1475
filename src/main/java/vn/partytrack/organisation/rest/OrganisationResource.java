package vn.partytrack.organisation.rest;

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
import vn.partytrack.organisation.OrganisationDetails;
import vn.partytrack.organisation.OrganisationFilter;
import vn.partytrack.organisation.OrganisationHistory;
import vn.partytrack.organisation.RegistryChanges;
import vn.partytrack.organisation.OrganisationForm;
import vn.partytrack.organisation.OrganisationRow;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Page;

/** /api/v1/organisations: the registry for API clients; access is decided by {@link OrganisationService}. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    RegistryChanges changes;

    @GET
    @Operation(summary = "List organisations, a page at a time, filtered by bloc, sector, type and a search text")
    public Page<OrganisationRow> list(@QueryParam("bloc") String bloc, @QueryParam("sector") String sector,
                                      @QueryParam("type") String type, @QueryParam("q") String search,
                                      @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
                                      @QueryParam("sort") @DefaultValue("name") String sort,
                                      @QueryParam("desc") @DefaultValue("false") boolean descending,
                                      @QueryParam("offset") @DefaultValue("0") int offset,
                                      @QueryParam("limit") @DefaultValue("50") int limit) {
        Page.requireValid(offset, limit);
        return organisations.list(new OrganisationFilter(bloc, sector, type, search, includeInactive, sort, descending), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation with its subordinate cells")
    public OrganisationDetails get(@PathParam("id") long id) {
        return organisations.get(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "An organisation through time: its versions with their decisions, its predecessors and successors")
    public OrganisationHistory history(@PathParam("id") long id) {
        return changes.history(id);
    }

    @POST
    @Operation(summary = "Create an organisation (administrators)")
    public Response create(OrganisationForm form, @Context UriInfo uri) {
        Long id = organisations.create(form == null ? new OrganisationForm() : form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(organisations.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update an organisation; send the version you read, a stale one gets 409")
    public OrganisationDetails update(@PathParam("id") long id, OrganisationForm form) {
        organisations.update(id, form == null ? new OrganisationForm() : form);
        return organisations.get(id);
    }
}
