package vn.partytrack.admission.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.admission.AdmissionStage;
import vn.partytrack.admission.CandidateDetails;
import vn.partytrack.admission.CandidateService;
import vn.partytrack.admission.StageStep;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One candidate: the stages reached with their dates and numbers, the deadlines computed from them, and the form to
 * record the next stage; the owning board's staff may erase the record. Reading it is audited by the service.
 */
@Named("candidateView")
@ViewScoped
public class CandidatePage implements Serializable {

    @Inject
    CandidateService candidates;

    @Inject
    Clock clock;

    private Long id;
    private CandidateDetails candidate;
    private String stage;
    private LocalDate date;
    private String decisionNumber;
    private String reason;
    private final Map<String, String> errors = new HashMap<>();

    public void load() {
        if (candidate != null) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFound("candidate");
            }
            refresh();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    private void refresh() {
        candidate = candidates.get(id);
        stage = candidate.nextStages().isEmpty() ? null : candidate.nextStages().get(0).name();
        date = Clocks.today(clock);
        decisionNumber = null;
        reason = null;
    }

    public void advance() {
        if (FacesFeedback.attempt(() -> candidates.advance(id, new StageStep(stage, date, decisionNumber, reason, candidate.version())),
                "admission.advanced", errors, "")) {
            refresh();
        }
    }

    public void erase() {
        if (FacesFeedback.attempt(() -> candidates.erase(id, candidate.version()), "admission.erased", errors, "")) {
            FacesFeedback.keepForRedirect();
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/admission/pipeline.xhtml?organisation=" + candidate.organisationId());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The stage chosen needs a decision number (shown as required). */
    public boolean isNumbered() {
        return AdmissionStage.of(stage).map(AdmissionStage::numbered).orElse(false);
    }

    public String getIdParameter() { return id == null ? null : id.toString(); }
    public void setIdParameter(String id) { this.id = FacesFeedback.id(id); }
    public CandidateDetails getCandidate() { return candidate; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
