package vn.partytrack.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.meeting.MeetingRow;
import vn.partytrack.meeting.MeetingRegister;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/** The review meetings of a bloc and period, with how far their concluding tasks are done. */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {

    @Inject
    MeetingRegister meetings;

    @Inject
    PeriodService periods;

    private String bloc = DefaultBloc.code();
    private Long periodId;
    private List<PeriodRow> periodChoices;
    private List<MeetingRow> rows;

    public void load() {
        try {
            getRows();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        }
    }

    public List<MeetingRow> getRows() {
        if (rows == null) {
            rows = meetings.list(bloc, periodId);
        }
        return rows;
    }

    public void refresh() {
        rows = null;
    }

    public List<PeriodRow> getPeriodChoices() {
        if (periodChoices == null) {
            periodChoices = periods.list();
        }
        return periodChoices;
    }

    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
}
