package vn.partytrack.dashboard.web;

import vn.partytrack.platform.web.FacesFeedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.dashboard.BlocOverview;
import vn.partytrack.dashboard.BlocSummary;
import vn.partytrack.organisation.OrganisationDetails;
import vn.partytrack.organisation.OrganisationService;

/**
 * The home page: a secretary sees their organisation's card, everyone else the chosen bloc's counts.
 * <p>
 * For everyone but a secretary the view is stateless (index.xhtml), so the rendered dashboard can be served again
 * ({@link vn.partytrack.platform.web.PageCache}): this bean then lives for one request, and a postback from the page
 * (a chart segment clicked) finds the filters in the request, as hidden fields of the dashboard's form.
 */
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
    private java.util.List<vn.partytrack.directive.MatrixCellRow> ownDirectives = java.util.List.of();
    private java.util.List<vn.partytrack.congress.CongressRow> ownCongresses = java.util.List.of();
    private java.util.List<vn.partytrack.congress.TermRow> terms = java.util.List.of();

    @Inject
    vn.partytrack.directive.ImplementationService directives;

    @Inject
    vn.partytrack.congress.CongressService congresses;

    @Inject
    vn.partytrack.congress.CongressTerms congressTerms;

    @Inject
    vn.partytrack.congress.CongressProgressQuery congressProgress;

    private String bloc = "HCSN";
    private Long committee;
    private java.util.List<vn.partytrack.organisation.ReferenceItem> committeeChoices = java.util.List.of();
    private Long periodId;
    private java.util.List<vn.partytrack.period.PeriodRow> periodChoices = java.util.List.of();
    private vn.partytrack.dashboard.DashboardView dashboard;
    private String statusChart;
    private String sectorChart;
    private String trendChart;
    private String congressChart;
    private BlocSummary summary;

    @Inject
    vn.partytrack.dashboard.DistrictDashboard districtDashboard;

    @Inject
    vn.partytrack.period.PeriodService periods;

    @Inject
    vn.partytrack.organisation.ReferenceData referenceData;
    private OrganisationDetails ownOrganisation;
    private boolean loaded;

    @jakarta.annotation.PostConstruct
    void init() {
        bloc = FacesFeedback.codeParameter("bloc", bloc);
        periodId = FacesFeedback.idParameter("period");
        committee = FacesFeedback.idParameter("committee");
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (caller.is(Role.SECRETARY)) {
            ownOrganisation = organisations.get(caller.organisationId());
            ownReports = reports.ownReports();
            ownDirectives = directives.ownAssignments();
            terms = congressTerms.terms();
            ownCongresses = terms.isEmpty() ? java.util.List.of() : congressProgress.list(terms.get(0).id());
        } else {
            periodChoices = periods.list();
            if (periodId == null) {
                vn.partytrack.period.PeriodRow current = periods.current();
                periodId = current == null ? null : current.id();
            }
            if (periodId != null) {
                committeeChoices = organisations.committees();
                dashboard = districtDashboard.view(organisations.scope(bloc, committee), periodId);
                summary = dashboard.summary();
                charts();
            } else {
                summary = overview.summary(bloc);
            }
            vn.partytrack.platform.web.PageCache.allow();
        }
    }

    /** Opens (creating if needed) the own organisation's report for a period. */
    public String openReport(Long periodId) {
        try {
            Long id = reports.open(caller.organisationId(), periodId).id();
            return "/assessment/report.xhtml?faces-redirect=true&id=" + id;
        } catch (vn.partytrack.platform.IllegalTransition e) {
            vn.partytrack.platform.web.FacesFeedback.error(e.messageKey());
            return null;
        }
    }

    /** Opens (creating if needed) the own organisation's implementation of an assigned document. */
    public String openImplementation(Long directiveId) {
        Long id = directives.open(directiveId, caller.organisationId()).id();
        return "/directive/implementation.xhtml?faces-redirect=true&id=" + id;
    }

    /** Opens (creating if needed) the own organisation's congress for the latest term. */
    public String openCongress() {
        Long id = congresses.open(caller.organisationId(), terms.get(0).id()).id();
        return "/congress/congress.xhtml?faces-redirect=true&id=" + id;
    }

    public java.util.List<vn.partytrack.directive.MatrixCellRow> getOwnDirectives() { return ownDirectives; }
    public java.util.List<vn.partytrack.congress.CongressRow> getOwnCongresses() { return ownCongresses; }
    public java.util.List<vn.partytrack.congress.TermRow> getTerms() { return terms; }
    public java.util.List<vn.partytrack.assessment.ReportRow> getOwnReports() { return ownReports; }
    public Long getCommittee() { return committee; }
    public void setCommittee(Long committee) { this.committee = committee; }
    public java.util.List<vn.partytrack.organisation.ReferenceItem> getCommitteeChoices() { load(); return committeeChoices; }
    public String getBloc() { return bloc; }
    /** Only a code (letters, digits, _): the value is written back into the page's navigation script. */
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public java.util.List<vn.partytrack.period.PeriodRow> getPeriodChoices() { load(); return periodChoices; }
    public vn.partytrack.dashboard.DashboardView getDashboard() { load(); return dashboard; }
    public String getStatusChart() { load(); return statusChart; }
    public String getSectorChart() { load(); return sectorChart; }
    public String getTrendChart() { load(); return trendChart; }
    public String getCongressChart() { load(); return congressChart; }

    /** The tracker filters behind each segment of the status chart, in its order. */
    static final java.util.List<String> STATUS_SEGMENTS = java.util.List.of("ACCEPTED", "AWAITING", "RETURNED", "MISSING", "OVERDUE");

    private void charts() {
        java.util.Locale locale = vn.partytrack.platform.web.FacesFeedback.locale();
        var c = dashboard.reports();
        statusChart = vn.partytrack.platform.web.Charts.doughnut(
                STATUS_SEGMENTS.stream().map(k -> vn.partytrack.platform.Messages.text(locale, "dashboard.segment." + k)).toList(),
                java.util.List.of(c.accepted(), c.awaitingReview(), c.returned(), c.missing() - c.overdue(), c.overdue()),
                java.util.List.of("#16a34a", "#2563eb", "#f59e0b", "#9ca3af", "#a50e0e"));
        java.util.Map<String, int[]> bySector = new java.util.LinkedHashMap<>();
        for (var sector : dashboard.bySector()) {
            bySector.put(sector.sectorCode(), new int[] {sector.submitted(), sector.missing()});
        }
        sectorCodes = new java.util.ArrayList<>(bySector.keySet());
        sectorChart = vn.partytrack.platform.web.Charts.bar(
                sectorCodes.stream().map(k -> k.isEmpty() ? vn.partytrack.platform.Messages.text(locale, "organisation.noSector") : referenceData.sectorName(k, locale)).toList(),
                java.util.List.of(new vn.partytrack.platform.web.Charts.Series(vn.partytrack.platform.Messages.text(locale, "tracker.submitted"),
                                bySector.values().stream().map(n -> n[0]).toList(), "#16a34a"),
                        new vn.partytrack.platform.web.Charts.Series(vn.partytrack.platform.Messages.text(locale, "tracker.missing"),
                                bySector.values().stream().map(n -> n[1]).toList(), "#a50e0e")), true, true);
        var trend = dashboard.trend();
        trendChart = vn.partytrack.platform.web.Charts.line(
                trend.stream().map(t -> "en".equals(locale.getLanguage()) ? t.nameEn() : t.nameVi()).toList(),
                java.util.List.of(new vn.partytrack.platform.web.Charts.Series(vn.partytrack.platform.Messages.text(locale, "dashboard.trend.submitted"),
                                trend.stream().map(t -> t.units() == 0 ? 0.0 : 100.0 * t.submitted() / t.units()).toList(), "#2563eb"),
                        new vn.partytrack.platform.web.Charts.Series(vn.partytrack.platform.Messages.text(locale, "dashboard.trend.onTime"),
                                trend.stream().map(t -> t.units() == 0 ? 0.0 : 100.0 * t.onTime() / t.units()).toList(), "#16a34a")), 100);
        if (dashboard.congress() != null) {
            java.util.List<String> labels = new java.util.ArrayList<>();
            java.util.List<Integer> counts = new java.util.ArrayList<>();
            labels.add(vn.partytrack.platform.Messages.text(locale, "congress.notStarted"));
            counts.add(dashboard.congress().atStage().getOrDefault("", 0));
            for (var stage : congressTerms.stages()) {
                labels.add(stage.name(locale));
                counts.add(dashboard.congress().atStage().getOrDefault(stage.getCode(), 0));
            }
            congressChart = vn.partytrack.platform.web.Charts.bar(labels, java.util.List.of(new vn.partytrack.platform.web.Charts.Series(
                    vn.partytrack.platform.Messages.text(locale, "congress.unitsAtStage"), counts, "#a50e0e")), true, false);
        }
    }

    private java.util.List<String> sectorCodes = java.util.List.of();

    /** A segment of the status chart opens the tracker on the units behind it. */
    public void drillStatus(org.primefaces.event.ItemSelectEvent event) throws java.io.IOException {
        redirect("status=" + STATUS_SEGMENTS.get(event.getItemIndex()));
    }

    /** A bar of the sector chart opens the tracker on that sector's units. */
    public void drillSector(org.primefaces.event.ItemSelectEvent event) throws java.io.IOException {
        load();
        String sector = sectorCodes.get(event.getItemIndex());
        redirect("sector=" + sector + (event.getDataSetIndex() == 1 ? "&status=MISSING" : ""));
    }

    private void redirect(String filter) throws java.io.IOException {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/assessment/tracker.xhtml?period=" + periodId
                + (bloc == null ? "&bloc=" : "&bloc=" + bloc) + (committee == null ? "" : "&committee=" + committee) + "&" + filter);
    }
    public BlocSummary getSummary() { load(); return summary; }
    public OrganisationDetails getOwnOrganisation() { return ownOrganisation; }
}
