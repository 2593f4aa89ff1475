package vn.partytrack.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.organisation.OrganisationDetails;
import vn.partytrack.organisation.OrganisationAccess;
import vn.partytrack.organisation.OrganisationHistory;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.RegistryChanges;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;

/** One organisation's detail page, with deactivate/reactivate for administrators. */
@Named("organisationView") // the pages' name for it since it was OrganisationView
@ViewScoped
public class OrganisationPage implements Serializable {

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationAccess caller;

    @Inject
    RegistryChanges changes;

    private Long id;
    private OrganisationDetails organisation;
    private boolean editable;
    private OrganisationHistory history;

    public void load() {
        try {
            organisation = organisations.get(id);
            editable = organisations.mayEdit(id);
            history = changes.history(id);
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    public void setActive(boolean active) {
        try {
            organisations.setActive(id, active, organisation.version());
            FacesFeedback.info(active ? "organisation.reactivated" : "organisation.deactivated");
        } catch (ConcurrentEdit e) {
            FacesFeedback.error("problem.conflict.detail");
        }
        organisation = organisations.get(id);
    }

    public Long getId() { return id; }
    public String getIdParameter() { return id == null ? null : id.toString(); }
    public void setIdParameter(String id) { this.id = FacesFeedback.id(id); }
    public OrganisationDetails getOrganisation() { return organisation; }
    public boolean isEditable() { return editable; }
    public OrganisationHistory getHistory() { return history; }
    public boolean isAdministrable() { return caller.isAdmin(); }
}
