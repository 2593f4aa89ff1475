package vn.partytrack.congress.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.congress.CongressDetails;
import vn.partytrack.congress.CongressForm;
import vn.partytrack.congress.CongressFormat;
import vn.partytrack.congress.CongressService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One unit's congress: the district's plan, the unit's details, and the stages with their confirmations. */
@Named
@ViewScoped
public class CongressPage implements Serializable {

    @Inject
    CongressService congresses;

    private Long id;
    private CongressDetails congress;
    private CongressForm form;
    private boolean pilot;
    private LocalDate plannedDate;
    private final Map<String, LocalDate> stageDates = new HashMap<>();
    private final Map<String, String> stageNotes = new HashMap<>();
    private String reason;
    private final Map<String, String> errors = new HashMap<>();

    public void load() {
        if (congress != null) {
            return;
        }
        try {
            show(congresses.get(id));
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    private void show(CongressDetails details) {
        errors.clear();
        congress = details;
        form = details.details();
        pilot = details.pilot();
        plannedDate = details.plannedDate();
        stageDates.clear();
        stageNotes.clear();
        for (CongressDetails.Stage s : details.stages()) {
            stageDates.put(s.code(), s.completedOn());
            stageNotes.put(s.code(), s.note());
        }
        reason = null;
    }

    public void saveDetails() {
        act(() -> congresses.update(id, form), "form.saved", "details");
    }

    public void savePlan() {
        act(() -> congresses.plan(id, pilot, plannedDate, congress.details().getVersion()), "form.saved", "plan");
    }

    public void recordStage(String code) {
        act(() -> congresses.recordStage(id, code, stageDates.get(code), stageNotes.get(code), congress.details().getVersion()),
                "congress.stageRecorded", "stage." + code);
    }

    public void submitStage(String code) {
        act(() -> congresses.submitStage(id, code, congress.details().getVersion()), "congress.stageSubmitted", "stage." + code);
    }

    public void acceptStage(String code) {
        act(() -> congresses.acceptStage(id, code, congress.details().getVersion()), "congress.stageAccepted", "stage." + code);
    }

    public void returnStage(String code) {
        act(() -> congresses.returnStage(id, code, reason, congress.details().getVersion()), "congress.stageReturned", "stage." + code);
    }

    private void act(Supplier<CongressDetails> step, String successKey, String prefix) {
        CongressDetails[] done = new CongressDetails[1];
        if (FacesFeedback.attempt(() -> done[0] = step.get(), successKey, errors, prefix + ".")) {
            show(done[0]);
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<CongressFormat> getFormats() {
        return List.of(CongressFormat.values());
    }

    public String getIdParameter() { return id == null ? null : id.toString(); }
    public void setIdParameter(String id) { this.id = FacesFeedback.id(id); }
    public CongressDetails getCongress() { return congress; }
    public CongressForm getForm() { return form; }
    public boolean isPilot() { return pilot; }
    public void setPilot(boolean pilot) { this.pilot = pilot; }
    public LocalDate getPlannedDate() { return plannedDate; }
    public void setPlannedDate(LocalDate plannedDate) { this.plannedDate = plannedDate; }
    public Map<String, LocalDate> getStageDates() { return stageDates; }
    public Map<String, String> getStageNotes() { return stageNotes; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
