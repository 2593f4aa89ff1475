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
    private java.util.List<vn.partytrack.directive.DirectiveService.MatrixCellRow> ownDirectives = java.util.List.of();
    private java.util.List<vn.partytrack.congress.CongressRow> ownCongresses = java.util.List.of();
    private java.util.List<vn.partytrack.congress.CongressService.TermRow> terms = java.util.List.of();

    @Inject
    vn.partytrack.directive.DirectiveService directives;

    @Inject
    vn.partytrack.congress.CongressService congresses;

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
            ownDirectives = directives.ownAssignments();
            terms = congresses.terms();
            ownCongresses = terms.isEmpty() ? java.util.List.of() : congresses.list(terms.get(0).id());
        } else {
            summary = overview.summary(bloc);
        }
    }

    /** Opens (creating if needed) the own organisation's report for a period. */
    public String openReport(Long periodId) {
        try {
            Long id = reports.open(caller.organisationId(), periodId);
            return "/assessment/report.xhtml?faces-redirect=true&id=" + id;
        } catch (vn.partytrack.platform.IllegalTransition e) {
            vn.partytrack.platform.web.FacesFeedback.error(e.messageKey());
            return null;
        }
    }

    /** Opens (creating if needed) the own organisation's implementation of an assigned document. */
    public String openImplementation(Long directiveId) {
        Long id = directives.open(directiveId, caller.organisationId());
        return "/directive/implementation.xhtml?faces-redirect=true&id=" + id;
    }

    /** Opens (creating if needed) the own organisation's congress for the latest term. */
    public String openCongress() {
        Long id = congresses.open(caller.organisationId(), terms.get(0).id());
        return "/congress/congress.xhtml?faces-redirect=true&id=" + id;
    }

    public java.util.List<vn.partytrack.directive.DirectiveService.MatrixCellRow> getOwnDirectives() { return ownDirectives; }
    public java.util.List<vn.partytrack.congress.CongressRow> getOwnCongresses() { return ownCongresses; }
    public java.util.List<vn.partytrack.congress.CongressService.TermRow> getTerms() { return terms; }
    public java.util.List<vn.partytrack.assessment.ReportRow> getOwnReports() { return ownReports; }
    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = bloc == null || bloc.isBlank() ? "HCSN" : bloc; }
    public BlocSummary getSummary() { return summary; }
    public OrganisationDetails getOwnOrganisation() { return ownOrganisation; }
}
