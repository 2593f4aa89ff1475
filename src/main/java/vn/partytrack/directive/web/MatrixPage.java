package vn.partytrack.directive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.directive.DisseminationMatrixQuery;
import vn.partytrack.directive.DisseminationMatrix;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;

/** Units × documents: who disseminated what, with attendance, and who is still missing. */
@Named
@ViewScoped
public class MatrixPage implements Serializable {

    @Inject
    DisseminationMatrixQuery matrices;

    private String bloc = DefaultBloc.code();
    private DisseminationMatrix matrix;

    public void load() {
        if (matrix != null) {
            return;
        }
        try {
            refresh();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        }
    }

    public void refresh() {
        matrix = matrices.matrix(bloc);
    }

    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public DisseminationMatrix getMatrix() { return matrix; }
}
