package vn.partytrack.organisation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.organisation.RegistryChange;
import vn.partytrack.organisation.RegistryChangeResult;
import vn.partytrack.organisation.RegistryChanges;

/** /api/v1/registry-changes: establish, rename, transfer, merge, split, dissolve, each by a decision from a day. */
@Path("registry-changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registry changes")
public class RegistryChangeResource {

    @Inject
    RegistryChanges changes;

    @POST
    @Operation(summary = "Record a registry change (administrators, Ban Tổ chức staff); with \"preview\": true only what it would move")
    public RegistryChangeResult record(RegistryChange change) {
        return changes.record(change);
    }
}
