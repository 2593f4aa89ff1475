package vn.partytrack.period.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.period.PeriodForm;
import vn.partytrack.period.PeriodKind;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/** Administrators define reporting periods and open or close them. */
@Named
@ViewScoped
public class PeriodsPage implements Serializable {

    @Inject
    PeriodService periods;

    private List<PeriodRow> rows;
    private Long editingId;
    private PeriodForm form = new PeriodForm();

    public List<PeriodRow> getRows() {
        if (rows == null) {
            rows = periods.list();
        }
        return rows;
    }

    public void startNew() {
        editingId = null;
        form = new PeriodForm();
        form.setKind(PeriodKind.H1);
    }

    public void startEdit(Long id) {
        editingId = id;
        form = periods.formFor(id);
    }

    public void save() {
        try {
            if (editingId == null) {
                periods.create(form);
            } else {
                periods.update(editingId, form);
            }
            FacesFeedback.info("form.saved");
            rows = null;
        } catch (InvalidInput e) {
            FacesFeedback.show(e, "period");
        } catch (ConcurrentEdit e) {
            FacesFeedback.error("problem.conflict.detail");
        }
    }

    public List<PeriodKind> getKinds() {
        return List.of(PeriodKind.values());
    }

    public PeriodForm getForm() { return form; }
    public boolean isEditingExisting() { return editingId != null; }
}
