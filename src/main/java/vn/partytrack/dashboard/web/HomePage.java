package vn.partytrack.dashboard.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import org.primefaces.event.ItemSelectEvent;
import vn.partytrack.assessment.ReportRow;
import vn.partytrack.assessment.ReportService;
import vn.partytrack.congress.CongressProgressQuery;
import vn.partytrack.congress.CongressRow;
import vn.partytrack.congress.CongressService;
import vn.partytrack.congress.CongressTerms;
import vn.partytrack.congress.TermRow;
import vn.partytrack.dashboard.DashboardView;
import vn.partytrack.dashboard.DistrictDashboard;
import vn.partytrack.directive.ImplementationService;
import vn.partytrack.directive.MatrixCellRow;
import vn.partytrack.organisation.ReferenceData;
import vn.partytrack.organisation.ReferenceItem;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.web.Charts;
import vn.partytrack.platform.web.DefaultBloc;
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
import vn.partytrack.platform.web.PageCache;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The home page: a secretary sees their organisation's card, everyone else the chosen bloc's counts.
 * <p>
 * For everyone but a secretary the view is stateless (index.xhtml), so the rendered dashboard can be served again
 * ({@link vn.partytrack.platform.web.PageCache}): this bean then lives for one request, and a postback from the page
 * (a chart segment clicked) finds the filters in the request, as hidden fields of the dashboard's form.
 */
@Named("homeView") // the pages' name for it since it was HomeView
@ViewScoped
public class HomePage implements Serializable {

    @Inject
    Caller caller;

    @Inject
    BlocOverview overview;

    @Inject
    OrganisationService organisations;

    @Inject
    ReportService reports;

    private List<ReportRow> ownReports = List.of();
    private List<MatrixCellRow> ownDirectives = List.of();
    private List<CongressRow> ownCongresses = List.of();
    private List<TermRow> terms = List.of();

    @Inject
    ImplementationService directives;

    @Inject
    CongressService congresses;

    @Inject
    CongressTerms congressTerms;

    @Inject
    CongressProgressQuery congressProgress;

    private String bloc = DefaultBloc.code();
    private Long committee;
    private List<ReferenceItem> committeeChoices = List.of();
    private Long periodId;
    private List<PeriodRow> periodChoices = List.of();
    private DashboardView dashboard;
    private String statusChart;
    private String sectorChart;
    private String trendChart;
    private String congressChart;
    private BlocSummary summary;

    @Inject
    DistrictDashboard districtDashboard;

    @Inject
    PeriodService periods;

    @Inject
    ReferenceData referenceData;
    private OrganisationDetails ownOrganisation;
    private boolean loaded;

    @PostConstruct
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
            ownCongresses = terms.isEmpty() ? List.of() : congressProgress.list(terms.get(0).id());
        } else {
            periodChoices = periods.list();
            if (periodId == null) {
                PeriodRow current = periods.current();
                periodId = current == null ? null : current.id();
            }
            if (periodId != null) {
                committeeChoices = organisations.committees();
                dashboard = districtDashboard.view(organisations.scope(bloc, committee), periodId);
                summary = dashboard.summary();
                charts();
            } else {
                summary = overview.summary(organisations.scope(bloc, committee));
            }
            PageCache.allow();
        }
    }

    /** Opens (creating if needed) the own organisation's report for a period. */
    public String openReport(Long periodId) {
        try {
            Long id = reports.open(caller.organisationId(), periodId).id();
            return "/assessment/report.xhtml?faces-redirect=true&id=" + id;
        } catch (IllegalTransition e) {
            FacesFeedback.error(e.messageKey());
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

    public List<MatrixCellRow> getOwnDirectives() { return ownDirectives; }
    public List<CongressRow> getOwnCongresses() { return ownCongresses; }
    public List<TermRow> getTerms() { return terms; }
    public List<ReportRow> getOwnReports() { return ownReports; }
    public Long getCommittee() { return committee; }
    public void setCommittee(Long committee) { this.committee = committee; }
    public List<ReferenceItem> getCommitteeChoices() { load(); return committeeChoices; }
    public String getBloc() { return bloc; }
    /** Only a code (letters, digits, _): the value is written back into the page's navigation script. */
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public List<PeriodRow> getPeriodChoices() { load(); return periodChoices; }
    public DashboardView getDashboard() { load(); return dashboard; }

    public String getStatusChart() { load(); return statusChart; }
    public String getSectorChart() { load(); return sectorChart; }
    public String getTrendChart() { load(); return trendChart; }
    public String getCongressChart() { load(); return congressChart; }

    /** The tracker filters behind each segment of the status chart, in its order. */
    static final List<String> STATUS_SEGMENTS = List.of("ACCEPTED", "AWAITING", "RETURNED", "MISSING", "OVERDUE");

    private void charts() {
        Locale locale = FacesFeedback.locale();
        var c = dashboard.reports();
        statusChart = Charts.doughnut(
                STATUS_SEGMENTS.stream().map(k -> Messages.text(locale, "dashboard.segment." + k)).toList(),
                List.of(c.accepted(), c.awaitingReview(), c.returned(), c.missing() - c.overdue(), c.overdue()),
                List.of("#16a34a", "#2563eb", "#f59e0b", "#9ca3af", "#a50e0e"));
        Map<String, int[]> bySector = new LinkedHashMap<>();
        for (var sector : dashboard.bySector()) {
            bySector.put(sector.sectorCode(), new int[] {sector.submitted(), sector.missing()});
        }
        sectorCodes = new ArrayList<>(bySector.keySet());
        sectorChart = Charts.bar(
                sectorCodes.stream().map(k -> k.isEmpty() ? Messages.text(locale, "organisation.noSector") : referenceData.sectorName(k, locale)).toList(),
                List.of(new Charts.Series(Messages.text(locale, "tracker.submitted"),
                                bySector.values().stream().map(n -> n[0]).toList(), "#16a34a"),
                        new Charts.Series(Messages.text(locale, "tracker.missing"),
                                bySector.values().stream().map(n -> n[1]).toList(), "#a50e0e")), true, true);
        var trend = dashboard.trend();
        trendChart = Charts.line(
                trend.stream().map(t -> "en".equals(locale.getLanguage()) ? t.nameEn() : t.nameVi()).toList(),
                List.of(new Charts.Series(Messages.text(locale, "dashboard.trend.submitted"),
                                trend.stream().map(t -> t.units() == 0 ? 0.0 : 100.0 * t.submitted() / t.units()).toList(), "#2563eb"),
                        new Charts.Series(Messages.text(locale, "dashboard.trend.onTime"),
                                trend.stream().map(t -> t.units() == 0 ? 0.0 : 100.0 * t.onTime() / t.units()).toList(), "#16a34a")), 100);
        if (dashboard.congress() != null) {
            List<String> labels = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            labels.add(Messages.text(locale, "congress.notStarted"));
            counts.add(dashboard.congress().atStage().getOrDefault("", 0));
            for (var stage : congressTerms.stages()) {
                labels.add(stage.name(locale));
                counts.add(dashboard.congress().atStage().getOrDefault(stage.getCode(), 0));
            }
            congressChart = Charts.bar(labels, List.of(new Charts.Series(
                    Messages.text(locale, "congress.unitsAtStage"), counts, "#a50e0e")), true, false);
        }
    }

    private List<String> sectorCodes = List.of();

    /** A segment of the status chart opens the tracker on the units behind it. */
    public void drillStatus(ItemSelectEvent event) throws IOException {
        redirect("status=" + STATUS_SEGMENTS.get(event.getItemIndex()));
    }

    /** A bar of the sector chart opens the tracker on that sector's units. */
    public void drillSector(ItemSelectEvent event) throws IOException {
        load();
        String sector = sectorCodes.get(event.getItemIndex());
        redirect("sector=" + sector + (event.getDataSetIndex() == 1 ? "&status=MISSING" : ""));
    }

    private void redirect(String filter) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/assessment/tracker.xhtml?period=" + periodId
                + (bloc == null ? "&bloc=" : "&bloc=" + bloc) + (committee == null ? "" : "&committee=" + committee) + "&" + filter);
    }
    public BlocSummary getSummary() { load(); return summary; }
    public OrganisationDetails getOwnOrganisation() { return ownOrganisation; }
}
