package vn.partytrack.dashboard.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.dashboard.BlocOverview;
import vn.partytrack.dashboard.BlocSummary;
import vn.partytrack.organisation.OrganisationDetails;
import vn.partytrack.organisation.OrganisationService;

/** The home page: a secretary sees their organisation's card, everyone else the chosen bloc's counts. */
@Named
@ViewScoped
public class HomeView implements java.io.Serializable {

    @Inject
    Caller caller;

    @Inject
    BlocOverview overview;

    @Inject
    OrganisationService organisations;

    @Inject
    vn.partytrack.assessment.ReportService reports;

    private java.util.List<vn.partytrack.assessment.ReportRow> ownReports = java.util.List.of();

    private String bloc = "HCSN";
    private BlocSummary summary;
    private OrganisationDetails ownOrganisation;

    public void load() {
        if (summary != null || ownOrganisation != null) {
            return;
        }
        if (caller.is(Role.SECRETARY)) {
            ownOrganisation = organisations.get(caller.organisationId());
            ownReports = reports.ownReports();
        } else {
            summary = overview.summary(bloc);
        }
    }

    /** Opens (creating if needed) the own organisation's report for a period. */
    public String openReport(Long periodId) {
        try {
            Long id = reports.open(caller.organisationId(), periodId);
            return "/assessment/report.xhtml?faces-redirect=true&id=" + id;
        } catch (vn.partytrack.review.IllegalTransition e) {
            vn.partytrack.platform.web.FacesFeedback.error(e.messageKey());
            return null;
        }
    }

    public java.util.List<vn.partytrack.assessment.ReportRow> getOwnReports() { return ownReports; }
    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = bloc == null || bloc.isBlank() ? "HCSN" : bloc; }
    public BlocSummary getSummary() { return summary; }
    public OrganisationDetails getOwnOrganisation() { return ownOrganisation; }
}
