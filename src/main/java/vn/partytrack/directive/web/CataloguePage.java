package vn.partytrack.directive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.directive.DirectiveForm;
import vn.partytrack.directive.DirectiveKind;
import vn.partytrack.directive.DirectiveRow;
import vn.partytrack.directive.DirectiveCatalogue;
import vn.partytrack.directive.Issuer;
import vn.partytrack.organisation.OrganisationFilter;
import vn.partytrack.organisation.OrganisationRow;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The catalogue of documents; district staff add, change and assign them. */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    @Inject
    DirectiveCatalogue directives;

    @Inject
    OrganisationService organisations;

    private List<DirectiveRow> rows;
    private Long editingId;
    private DirectiveForm form = new DirectiveForm();
    private Long assigningId;
    private String assignBloc = DefaultBloc.code();
    private List<Long> assignUnits = new ArrayList<>();
    private List<OrganisationRow> unitChoices;

    public List<DirectiveRow> getRows() {
        if (rows == null) {
            rows = directives.catalogue();
        }
        return rows;
    }

    public boolean isKeeper() {
        return directives.mayKeepCatalogue();
    }

    public void startNew() {
        editingId = null;
        form = new DirectiveForm();
        form.setKind(DirectiveKind.CHI_THI);
        form.setIssuer(Issuer.TW);
    }

    public void startEdit(Long id) {
        editingId = id;
        form = directives.formFor(id);
    }

    public void save() {
        try {
            if (editingId == null) {
                directives.create(form);
            } else {
                directives.update(editingId, form);
            }
            FacesFeedback.info("form.saved");
            rows = null;
        } catch (InvalidInput e) {
            FacesFeedback.show(e, "directive");
        } catch (ConcurrentEdit e) {
            FacesFeedback.error("problem.conflict.detail");
        } catch (AccessDenied e) {
            FacesFeedback.error("problem.forbidden.detail");
        }
    }

    public void startAssign(Long id) {
        assigningId = id;
        assignBloc = null;
        assignUnits = new ArrayList<>();
    }

    public void assign() {
        try {
            int added = directives.assign(assigningId, assignBloc, assignUnits);
            FacesFeedback.info("directive.assigned", added);
            rows = null;
        } catch (InvalidInput e) {
            FacesFeedback.show(e, "assign");
        } catch (AccessDenied e) {
            FacesFeedback.error("problem.forbidden.detail");
        }
    }

    public List<OrganisationRow> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = organisations.rows(OrganisationFilter.all(), 0, 10_000);
        }
        return unitChoices;
    }

    public List<DirectiveKind> getKinds() { return List.of(DirectiveKind.values()); }
    public List<Issuer> getIssuers() { return List.of(Issuer.values()); }
    public DirectiveForm getForm() { return form; }
    public String getAssignBloc() { return assignBloc; }
    public void setAssignBloc(String assignBloc) { this.assignBloc = assignBloc; }
    public List<Long> getAssignUnits() { return assignUnits; }
    public void setAssignUnits(List<Long> assignUnits) { this.assignUnits = assignUnits; }
}
