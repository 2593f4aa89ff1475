package vn.partytrack.admission.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.account.Caller;
import vn.partytrack.admission.CandidateDetails;
import vn.partytrack.admission.CandidateForm;
import vn.partytrack.admission.CandidateRow;
import vn.partytrack.admission.CandidateService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's admission pipeline: its candidates with the stage reached and what is due, and the form to add one who
 * attended the awareness course. A secretary sees their own unit; the owning board's staff a unit given in the address,
 * or every candidate in their reach.
 */
@Named("pipelineView")
@ViewScoped
public class PipelinePage implements Serializable {

    /** The most candidates the page lists (a unit has a handful; staff narrow by unit). */
    static final int ROWS = 500;

    @Inject
    CandidateService candidates;

    @Inject
    Caller caller;

    private Long organisation;
    private List<CandidateRow> rows;
    private long total;
    private CandidateForm form = new CandidateForm();
    private final Map<String, String> errors = new HashMap<>();

    public void load() {
        if (rows != null) {
            return;
        }
        try {
            refresh();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound | InvalidInput e) {
            FacesFeedback.sendError(404);
        }
    }

    private void refresh() {
        var page = candidates.list(organisation, null, 0, ROWS);
        rows = page.rows();
        total = page.total();
    }

    /** Adds the candidate to the unit shown (the secretary's own when none), then opens the new record. */
    public void add() {
        form.setOrganisationId(organisation != null ? organisation : caller.organisationId());
        CandidateDetails[] created = new CandidateDetails[1];
        // the new candidate's page is the confirmation: no message carried over the redirect
        if (FacesFeedback.attempt(() -> created[0] = candidates.create(form), "admission.added", errors, "")) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/admission/candidate.xhtml?id=" + created[0].id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** A form to add a candidate: secretaries for their unit, the owning board's staff for a unit they opened. */
    public boolean isMayAdd() {
        return caller.isSecretary() || (organisation != null && candidates.isOwnerStaff());
    }

    public String getOrganisationParameter() { return organisation == null ? null : organisation.toString(); }
    public void setOrganisationParameter(String id) { this.organisation = FacesFeedback.id(id); }
    public List<CandidateRow> getRows() { return rows == null ? List.of() : rows; }
    public long getTotal() { return total; }
    public CandidateForm getForm() { return form; }
}
