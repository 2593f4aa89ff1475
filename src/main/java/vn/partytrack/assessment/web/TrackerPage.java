package vn.partytrack.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.account.Caller;
import vn.partytrack.assessment.ReportReminders;
import vn.partytrack.assessment.ReportRow;
import vn.partytrack.assessment.ReportService;
import vn.partytrack.assessment.SubmissionTracker;
import vn.partytrack.assessment.TrackerView;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.ReferenceItem;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;
import vn.partytrack.platform.web.PageCache;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The submission tracker: who has submitted, on time or late, what awaits review, who is missing.
 * <p>
 * The view is stateless (tracker.xhtml), so the rendered page can be served again
 * ({@link vn.partytrack.platform.web.PageCache}): this bean lives for one request and reads the filters from it, from
 * the address or, on a postback (accept, remind, another page of rows), from the form's hidden fields.
 */
@Named
@ViewScoped
public class TrackerPage implements Serializable {

    @Inject
    SubmissionTracker tracker;

    @Inject
    PeriodService periods;

    @Inject
    ReportService reports;

    @Inject
    ReportReminders reminders;

    @Inject
    Caller caller;

    @Inject
    OrganisationService organisations;

    private Long periodId;
    private String bloc = DefaultBloc.code();
    private Long committee;
    private List<ReferenceItem> committeeChoices = List.of();
    private String sector;
    private String status;
    private List<PeriodRow> periodChoices = List.of();
    private TrackerView view;
    private List<ReportRow> rows = List.of();
    private List<ReportRow> selected = new ArrayList<>();
    private boolean reviewer;

    private boolean loaded;

    @PostConstruct
    void init() {
        reviewer = caller.isStaff();
        periodId = FacesFeedback.idParameter("period");
        bloc = FacesFeedback.codeParameter("bloc", bloc);
        committee = FacesFeedback.idParameter("committee");
        sector = FacesFeedback.codeParameter("sector", null);
        status = FacesFeedback.codeParameter("status", null);
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            periodChoices = periods.list();
            committeeChoices = organisations.committees();
            if (periodId == null) {
                PeriodRow current = periods.current();
                periodId = current == null ? null : current.id();
            }
            if (periodId != null) {
                refresh();
            }
            PageCache.allow();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    private void refresh() {
        view = tracker.track(periodId, organisations.scope(bloc, committee), sector);
        rows = view.withStatus(status);
        selected = new ArrayList<>();
    }

    public void acceptSelected() {
        List<Long> ids = selected.stream().filter(r -> r.reportId() != null).map(ReportRow::reportId).toList();
        try {
            int accepted = reports.acceptAll(ids);
            FacesFeedback.info("tracker.accepted", accepted);
        } catch (ConcurrentEdit e) {
            FacesFeedback.error("report.conflict");
        } catch (AccessDenied e) {
            FacesFeedback.error("problem.forbidden.detail");
        }
        refresh();
    }

    public void sendReminders() {
        try {
            FacesFeedback.info("tracker.remindersSent", reminders.sendNow());
        } catch (AccessDenied e) {
            FacesFeedback.error("problem.forbidden.detail");
        }
    }

    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public Long getCommittee() { return committee; }
    public void setCommittee(Long committee) { this.committee = committee; }
    public List<ReferenceItem> getCommitteeChoices() { load(); return committeeChoices; }
    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = FacesFeedback.code(sector); }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = FacesFeedback.code(status); }
    public List<PeriodRow> getPeriodChoices() { load(); return periodChoices; }
    public TrackerView getView() { load(); return view; }
    public List<ReportRow> getRows() { load(); return rows; }
    public List<ReportRow> getSelected() { return selected; }
    public void setSelected(List<ReportRow> selected) { this.selected = selected; }
    public boolean isReviewer() { return reviewer; }
}
