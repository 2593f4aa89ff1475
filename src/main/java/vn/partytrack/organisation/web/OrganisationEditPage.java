package vn.partytrack.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.organisation.OrganisationForm;
import vn.partytrack.organisation.OrganisationRow;
import vn.partytrack.organisation.OrganisationAccess;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/** Create or edit an organisation. What is typed stays on the page when the service refuses it. */
@Named("organisationEditView") // the pages' name for it since it was OrganisationEditView
@ViewScoped
public class OrganisationEditPage implements Serializable {

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationAccess caller;

    private Long id;
    private OrganisationForm form;
    private List<OrganisationRow> parents = List.of();
    private boolean structureEditable;

    private boolean missing;

    public void load() {
        if (form != null) {
            return;
        }
        if (missing) {
            FacesFeedback.sendError(404);
            return;
        }
        try {
            structureEditable = caller.isAdmin();
            if (id == null) {
                caller.requireAdmin();
                form = new OrganisationForm();
                form.setMembersTotal(0);
                form.setMembersFull(0);
                form.setMembersProbationary(0);
                form.setTermLabel("2020–2025");
            } else {
                form = organisations.formFor(id);
            }
            if (structureEditable) {
                parents = organisations.possibleParents();
            }
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    public String save() {
        try {
            if (id == null) {
                id = organisations.create(form);
            } else {
                organisations.update(id, form);
            }
            FacesFeedback.info("form.saved");
            FacesFeedback.keepForRedirect();
            return "/organisation/view.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            FacesFeedback.show(e, "form");
        } catch (ConcurrentEdit e) {
            FacesFeedback.error("organisation.conflict");
        }
        return null;
    }

    public Long getId() { return id; }
    public String getIdParameter() { return id == null ? null : id.toString(); }
    public void setIdParameter(String id) {
        this.id = FacesFeedback.id(id);
        missing = id != null && !id.isBlank() && this.id == null;
    }
    public OrganisationForm getForm() { return form; }
    public List<OrganisationRow> getParents() { return parents; }
    public boolean isStructureEditable() { return structureEditable; }
    public boolean isNew() { return id == null; }
}
