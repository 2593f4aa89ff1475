package vn.partytrack.directive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.directive.DirectiveModel;
import vn.partytrack.directive.ImplementationService;
import vn.partytrack.directive.ImplementationDetails;
import vn.partytrack.directive.ImplementationForm;
import vn.partytrack.directive.SessionFormat;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A unit's dissemination and implementation of one document: the secretary's form, the district's review. */
@Named
@ViewScoped
public class ImplementationPage implements Serializable {

    @Inject
    ImplementationService implementations;

    private Long id;
    private ImplementationDetails details;
    private ImplementationForm form;
    private String reason;
    private final Map<String, String> errors = new HashMap<>();

    public void load() {
        if (details != null) {
            return;
        }
        try {
            show(implementations.implementation(id));
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    private void show(ImplementationDetails d) {
        details = d;
        form = d.content();
        reason = null;
    }

    public void addSession() {
        ImplementationForm.Session s = new ImplementationForm.Session();
        s.setMembersAtDate(details.organisationMembers());
        form.getSessions().add(s);
    }

    public void removeSession(int index) {
        if (index >= 0 && index < form.getSessions().size()) {
            form.getSessions().remove(index);
        }
    }

    public void addModel() {
        form.getModels().add(new ImplementationForm.Model());
    }

    public void removeModel(int index) {
        if (index >= 0 && index < form.getModels().size()) {
            form.getModels().remove(index);
        }
    }

    public void save() {
        act(() -> implementations.save(id, form), "report.saved");
    }

    public void submit() {
        act(() -> implementations.submit(id, form), "report.submittedMessage");
    }

    public void accept() {
        act(() -> implementations.accept(id, details.content().getVersion()), "report.acceptedMessage");
    }

    public void returnIt() {
        act(() -> implementations.returnForCorrection(id, reason, details.content().getVersion()), "report.returnedMessage");
    }

    private void act(Supplier<ImplementationDetails> step, String successKey) {
        ImplementationDetails[] done = new ImplementationDetails[1];
        if (FacesFeedback.attempt(() -> done[0] = step.get(), successKey, errors, "")) {
            show(done[0]);
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<SessionFormat> getFormats() { return List.of(SessionFormat.values()); }
    public List<DirectiveModel.Kind> getModelKinds() { return List.of(DirectiveModel.Kind.values()); }
    public String getIdParameter() { return id == null ? null : id.toString(); }
    public void setIdParameter(String id) { this.id = FacesFeedback.id(id); }
    public ImplementationDetails getDetails() { return details; }
    public ImplementationForm getForm() { return form; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
