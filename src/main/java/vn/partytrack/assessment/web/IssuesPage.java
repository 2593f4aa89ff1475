package vn.partytrack.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.assessment.IssueRegister;
import vn.partytrack.assessment.IssueRow;
import vn.partytrack.assessment.IssueStatus;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The issue register: every difficulty and proposal with its owning board, response and status. */
@Named
@ViewScoped
public class IssuesPage implements Serializable {

    @Inject
    IssueRegister register;

    @Inject
    PeriodService periods;

    private Long periodId;
    private String bloc = DefaultBloc.code();
    private String status;
    private List<PeriodRow> periodChoices;
    private List<IssueRow> rows;
    private IssueRow editing;
    private String boardCode;
    private String response;
    private String newStatus = IssueStatus.ANSWERED.name();
    private final Map<String, String> errors = new HashMap<>();

    public List<IssueRow> getRows() {
        if (rows == null) {
            rows = register.list(periodId, bloc, status);
        }
        return rows;
    }

    public void refresh() {
        rows = null;
    }

    public void edit(IssueRow row) {
        editing = row;
        boardCode = row.ownerBoardCode();
        response = row.response();
        newStatus = row.response() == null ? IssueStatus.ANSWERED.name() : row.status();
        errors.clear();
    }

    public void save() {
        if (FacesFeedback.attempt(() -> register.answer(editing.id(), boardCode, response, newStatus, editing.version()), "form.saved", errors, "")) {
            rows = null;
        }
    }

    public List<PeriodRow> getPeriodChoices() {
        if (periodChoices == null) {
            periodChoices = periods.list();
        }
        return periodChoices;
    }

    public String error(String field) { return errors.get(field); }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public IssueRow getEditing() { return editing; }
    public String getBoardCode() { return boardCode; }
    public void setBoardCode(String boardCode) { this.boardCode = boardCode; }
    public String getResponse() { return response; }
    public void setResponse(String response) { this.response = response; }
    public String getNewStatus() { return newStatus; }
    public void setNewStatus(String newStatus) { this.newStatus = newStatus; }
}
