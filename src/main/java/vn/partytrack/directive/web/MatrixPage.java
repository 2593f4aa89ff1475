package vn.partytrack.directive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.directive.DisseminationMatrixQuery;
import vn.partytrack.directive.DisseminationMatrix;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/** Units × documents: who disseminated what, with attendance, and who is still missing. */
@Named
@ViewScoped
public class MatrixPage implements Serializable {

    @Inject
    DisseminationMatrixQuery matrices;

    @Inject
    PeriodService periods;

    private String bloc = DefaultBloc.code();
    /** The period whose figures are shown (as they stood at its cut-off); null: today. */
    private Long periodId;
    private List<PeriodRow> periodChoices = List.of();
    private DisseminationMatrix matrix;

    public void load() {
        if (matrix != null) {
            return;
        }
        try {
            periodChoices = periods.list();
            refresh();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    public void refresh() {
        matrix = matrices.matrix(bloc, periodId);
    }

    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public List<PeriodRow> getPeriodChoices() { return periodChoices; }
    public DisseminationMatrix getMatrix() { return matrix; }
}
