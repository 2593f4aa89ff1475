package vn.partytrack.assessment;

import vn.partytrack.platform.Opened;
import vn.partytrack.review.Timeliness;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.review.HistoryEntry;
import vn.partytrack.review.ReviewAction;
import vn.partytrack.review.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.admission.PipelineFigures;
import vn.partytrack.account.Role;
import vn.partytrack.organisation.Membership;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.Writes;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Where;
import vn.partytrack.review.ReviewStep;
import vn.partytrack.review.Reviews;
import vn.partytrack.platform.Page;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report use cases. A unit's secretary fills in and submits its reports; district board staff return or
 * accept them; everyone else reads within their scope. Every method checks the caller first.
 */
@ApplicationScoped
@Transactional
public class ReportService implements Reviews<ReportDetails> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    ReviewStep reviews;

    @Inject
    PipelineFigures pipeline;

    // ---- reading

    public ReportDetails get(Long id) {
        Report report = find(id);
        caller.requireRead(report.getOrganisation());
        return details(report);
    }

    /** The same unit's report for the period before, for comparison; null when there is none. */
    public ReportDetails previous(Long id) {
        Report report = find(id);
        caller.requireRead(report.getOrganisation());
        Report before = previousReport(report.getOrganisation(), report.getPeriod());
        return before == null ? null : details(before);
    }

    /**
     * A report as its form shows it: the report, and beside each figure the same unit's figure for the period before
     * (of the same kind when there is one). One transaction, the previous figures in one statement.
     */
    public record FormView(ReportDetails report, Map<String, BigDecimal> previousNumbers,
                           Map<String, LocalDate> previousDates) {
    }

    public FormView form(Long id) {
        Report report = find(id);
        caller.requireRead(report.getOrganisation());
        ReportingPeriod period = report.getPeriod();
        Map<String, BigDecimal> numbers = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        // the same choice as previousReport: the latest due date before this one, a period of the same kind first
        List<?> rows = em.createNativeQuery("""
                        SELECT v.indicator_code, v.number_value, v.date_value FROM report_value v
                        WHERE v.report_id = (SELECT r.id FROM report r JOIN reporting_period p ON p.id = r.period_id
                                             WHERE r.organisation_id = ?1 AND p.due_date < ?2
                                             ORDER BY (p.kind = ?3) DESC, p.due_date DESC, r.id DESC LIMIT 1)""")
                .setParameter(1, report.getOrganisation().getId()).setParameter(2, period.getDueDate())
                .setParameter(3, period.getKind().name()).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            if (c[1] != null) {
                numbers.put((String) c[0], plain((BigDecimal) c[1]));
            }
            if (c[2] != null) {
                dates.put((String) c[0], ((java.sql.Date) c[2]).toLocalDate());
            }
        }
        return new FormView(details(report), numbers, dates);
    }

    /** The caller's own organisation across all periods, newest first, including periods with no report yet. */
    public List<ReportRow> ownReports() {
        caller.requireSignedIn();
        if (!caller.is(Role.SECRETARY)) {
            throw new AccessDenied("only unit secretaries have their own reports");
        }
        Organisation own = em.find(Organisation.class, caller.organisationId());
        Map<Long, Report> byPeriod = new HashMap<>();
        em.createQuery("SELECT r FROM Report r WHERE r.organisation = :o", Report.class).setParameter("o", own)
                .getResultStream().forEach(r -> byPeriod.put(r.getPeriod().getId(), r));
        LocalDate today = today();
        return em.createQuery("SELECT p FROM ReportingPeriod p ORDER BY p.dueDate DESC, p.id DESC", ReportingPeriod.class)
                .getResultStream().map(p -> row(own, p, byPeriod.get(p.getId()), today)).toList();
    }

    /** Reports filtered by period, organisation and status, a page at a time, within the caller's scope. */
    public Page<ReportRow> list(Long periodId, Long organisationId, ReviewStatus status, int offset, int limit) {
        caller.requireSignedIn();
        Where where = new Where().ownOnly(caller.is(Role.SECRETARY), "o.id", caller.organisationId()).reach("o.id", caller.committeePath())
                .andGiven("p.id = :period", "period", periodId)
                .andGiven("o.id = :organisation", "organisation", organisationId)
                .andGiven("r.review.status = :status", "status", status);
        String from = " FROM Report r JOIN r.organisation o JOIN r.period p LEFT JOIN o.sector s" + where.render();
        // the row's columns in one statement, and the return reasons of the returned ones in one more: no entity
        // graph loaded per row (it was one statement per organisation, sector and event list: 47 for 33 rows)
        var rows = where.bind(em.createQuery("SELECT o.id, o.code, o.name, s.code, p.id, p.code, p.nameVi, p.nameEn, "
                + "p.dueDate, p.open, r.id, r.review.status, r.review.firstSubmittedAt, r.review.unlockRequestedAt"
                + from + " ORDER BY p.dueDate DESC, o.name, r.id", Object[].class));
        var count = where.bind(em.createQuery("SELECT COUNT(r) FROM Report r JOIN r.organisation o JOIN r.period p"
                + where.render(), Long.class));
        List<Object[]> found = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
        List<Long> returned = found.stream().filter(c -> c[11] == ReviewStatus.RETURNED).map(c -> (Long) c[10]).toList();
        Map<Long, String> reasons = new HashMap<>();
        if (!returned.isEmpty()) {
            em.createQuery("SELECT e.report.id, e.comment FROM ReportEvent e WHERE e.report.id IN :ids AND e.action IN :actions"
                            + " ORDER BY e.at, e.id", Object[].class)
                    .setParameter("ids", returned).setParameter("actions", List.of(ReviewAction.RETURN, ReviewAction.GRANT_UNLOCK))
                    .getResultStream().forEach(e -> reasons.put((Long) e[0], (String) e[1]));
        }
        LocalDate today = today();
        List<ReportRow> page = found.stream().map(c -> {
            LocalDate due = (LocalDate) c[8];
            Instant first = (Instant) c[12];
            return new ReportRow((Long) c[0], (String) c[1], (String) c[2], (String) c[3], (Long) c[4], (String) c[5],
                    (String) c[6], (String) c[7], due, (Boolean) c[9], (Long) c[10], (ReviewStatus) c[11], first,
                    Timeliness.of(due, first, today), reasons.get((Long) c[10]), c[13] != null);
        }).toList();
        return new Page<>(page, count.getSingleResult(), offset, limit);
    }

    // ---- the secretary's side

    /**
     * Opens the organisation's report for a period, creating the draft if there is none yet. A new draft takes its
     * member figures from the registry and, where the catalogue says so, from the previous period.
     */
    public Opened open(Long organisationId, Long periodId) {
        Organisation organisation = reviews.lockOrganisation(organisationId);
        ReportingPeriod period = periodId == null ? null : em.find(ReportingPeriod.class, periodId);
        if (organisation == null || period == null) {
            throw new NotFound("organisation " + organisationId + " or period " + periodId);
        }
        Report existing = em.createQuery("SELECT r FROM Report r WHERE r.organisation = :o AND r.period = :p", Report.class)
                .setParameter("o", organisation).setParameter("p", period).getResultStream().findFirst().orElse(null);
        return reviews.open(organisation, existing, Report::getId, false, () -> {
            if (!period.isOpen()) {
                throw new IllegalTransition("report.periodClosed");
            }
            Instant now = clock.instant();
            Report report = new Report(organisation, period, caller.auditName(), now);
            report.edit(prefill(organisation, period), Map.of(), List.of(), now);
            return report;
        });
    }

    /** Saves whatever is there, complete or not; only malformed values are refused (and nothing is saved then). */
    public ReportDetails saveDraft(Long id, ReportForm form) {
        Report report = find(id);
        caller.requireSecretaryOf(report.getOrganisation());
        write(report, form, false);
        return details(report);
    }

    /** Saves the form (when given) and submits; refused, with every reason, unless the report is complete and valid. */
    public ReportDetails submit(Long id, ReportForm form) {
        return details(reviews.submit(find(id), report -> {
            if (form != null && !form.isEmpty()) {
                write(report, form, true);
            } else {
                if (form != null && form.getVersion() != null && form.getVersion() != report.getVersion()) {
                    throw new ConcurrentEdit("report " + id + " changed since version " + form.getVersion());
                }
                if (pipelineFigures(report).isPresent()) {
                    // the figures from the admission records as they stand when it is sent
                    write(report, contentOf(report), true);
                } else {
                    requireValid(report, contentOf(report), true);
                }
            }
        }));
    }

    @Override
    public ReportDetails requestUnlock(Long id, String reason) {
        return details(reviews.requestUnlock(find(id), reason));
    }

    // ---- the district's side

    @Override
    public ReportDetails returnForCorrection(Long id, String reason, Long expectedVersion) {
        return details(reviews.returnForCorrection(() -> find(id, expectedVersion), reason));
    }

    public ReportDetails accept(Long id, Long expectedVersion) {
        return details(reviews.accept(() -> find(id, expectedVersion)));
    }

    /** Accepts every report among these that awaits review; returns how many were accepted. */
    public int acceptAll(List<Long> ids) {
        return reviews.acceptAll(ids, this::find);
    }

    public ReportDetails lock(Long id, Long expectedVersion) {
        return details(reviews.lock(() -> find(id, expectedVersion)));
    }

    @Override
    public ReportDetails decideUnlock(Long id, boolean grant, String comment, Long expectedVersion) {
        return details(reviews.decideUnlock(() -> find(id, expectedVersion), grant, comment));
    }

    /** Staff and the unit's secretary may add a comment to the history. */
    @Override
    public ReportDetails comment(Long id, String text) {
        return details(reviews.comment(find(id), text));
    }

    // ---- internals

    private void write(Report report, ReportForm form, boolean submission) {
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        if (form.getVersion() != report.getVersion()) {
            throw new ConcurrentEdit("report " + report.getId() + " changed since version " + form.getVersion());
        }
        ReportChecks.normalise(form);
        var figures = pipelineFigures(report);
        figures.ifPresent(f -> {
            form.getNumbers().put(PipelineFigures.ADMITTED, BigDecimal.valueOf(f.admitted()));
            form.getNumbers().put(PipelineFigures.MADE_FULL, BigDecimal.valueOf(f.madeFull()));
        });
        requireValid(report, form, submission);
        Map<String, ReportValue> values = new HashMap<>();
        form.getNumbers().forEach((k, v) -> values.put(k, ReportValue.of(v)));
        form.getDates().forEach((k, v) -> values.put(k, ReportValue.of(v)));
        figures.ifPresent(f -> putFigures(values, f));
        List<ItemDraft> items = form.getItems().stream().map(i -> new ItemDraft(i.getKind(), i.getBody())).toList();
        report.edit(values, form.getTexts(), items, clock.instant());
        Writes.flush(em, "report");
    }

    private void requireValid(Report report, ReportForm form, boolean submission) {
        ReportingPeriod p = report.getPeriod();
        List<FieldError> errors = ReportChecks.check(form, catalogue.indicators(), catalogue.sections(), catalogue.rules(),
                p.getStartDate(), p.getEndDate(), submission);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static ReportForm contentOf(Report report) {
        ReportForm form = new ReportForm();
        report.getValues().forEach((k, v) -> {
            if (v.number() != null) {
                form.getNumbers().put(k, v.number());
            }
            if (v.date() != null) {
                form.getDates().put(k, v.date());
            }
        });
        form.getTexts().putAll(report.getTexts());
        report.getItems().forEach(i -> form.getItems().add(new ReportForm.Item(i.getKind(), i.getBody())));
        form.setVersion(report.getVersion());
        return form;
    }

    private Map<String, ReportValue> prefill(Organisation organisation, ReportingPeriod period) {
        Report previous = previousReport(organisation, period);
        Membership m = organisation.getMembership();
        Map<String, ReportValue> values = new HashMap<>();
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.getPrefill() == null) {
                continue;
            }
            ReportValue value = switch (indicator.getPrefill()) {
                case REGISTRY_TOTAL -> ReportValue.of(BigDecimal.valueOf(m.total()));
                case REGISTRY_FULL -> ReportValue.of(BigDecimal.valueOf(m.full()));
                case REGISTRY_PROBATIONARY -> ReportValue.of(BigDecimal.valueOf(m.probationary()));
                case PREVIOUS -> previous == null ? null : previous.getValues().get(indicator.getCode());
            };
            if (value != null) {
                values.put(indicator.getCode(), value);
            }
        }
        pipeline.of(organisation.getId(), period.getStartDate(), period.getEndDate()).ifPresent(f -> putFigures(values, f));
        return values;
    }

    /**
     * Where the unit keeps its candidates in the admission pipeline, the period's admissions and new full members are
     * counted from them (read-only on the form, their source shown); otherwise they stay as typed.
     */
    private java.util.Optional<PipelineFigures.Figures> pipelineFigures(Report report) {
        ReportingPeriod p = report.getPeriod();
        return pipeline.of(report.getOrganisation().getId(), p.getStartDate(), p.getEndDate());
    }

    private static void putFigures(Map<String, ReportValue> values, PipelineFigures.Figures f) {
        values.put(PipelineFigures.ADMITTED, ReportValue.fromAdmissionRecords(BigDecimal.valueOf(f.admitted())));
        values.put(PipelineFigures.MADE_FULL, ReportValue.fromAdmissionRecords(BigDecimal.valueOf(f.madeFull())));
    }

    private Report previousReport(Organisation organisation, ReportingPeriod period) {
        return em.createQuery("""
                        SELECT r FROM Report r WHERE r.organisation = :o AND r.period.dueDate < :due
                        AND r.period.kind = :kind ORDER BY r.period.dueDate DESC""", Report.class)
                .setParameter("o", organisation).setParameter("due", period.getDueDate()).setParameter("kind", period.getKind())
                .setMaxResults(1).getResultStream().findFirst()
                .orElseGet(() -> em.createQuery("""
                                SELECT r FROM Report r WHERE r.organisation = :o AND r.period.dueDate < :due
                                ORDER BY r.period.dueDate DESC""", Report.class)
                        .setParameter("o", organisation).setParameter("due", period.getDueDate())
                        .setMaxResults(1).getResultStream().findFirst().orElse(null));
    }

    /** The report, refusing when the caller decided on an older version than the one stored (null: no check). */
    private Report find(Long id, Long expectedVersion) {
        return Records.find(em, Report.class, id, expectedVersion, Report::getVersion, "report");
    }

    private Report find(Long id) {
        return Records.find(em, Report.class, id, "report");
    }

    private LocalDate today() {
        return Clocks.today(clock);
    }

    static ReportRow row(Organisation o, ReportingPeriod p, Report r, LocalDate today) {
        return new ReportRow(o.getId(), o.getCode(), o.getName(), o.getSector() == null ? null : o.getSector().getCode(),
                p.getId(), p.getCode(), p.getNameVi(), p.getNameEn(), p.getDueDate(), p.isOpen(),
                r == null ? null : r.getId(), r == null ? null : r.getStatus(),
                r == null ? null : r.getFirstSubmittedAt(),
                Timeliness.of(p.getDueDate(), r == null ? null : r.getFirstSubmittedAt(), today),
                r == null ? null : r.lastReturnReason(), r != null && r.getReview().unlockRequestedAt() != null);
    }

    private ReportDetails details(Report r) {
        Organisation o = r.getOrganisation();
        ReportingPeriod p = r.getPeriod();
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        r.getValues().forEach((k, v) -> {
            if (v.number() != null) {
                numbers.put(k, plain(v.number()));
            }
            if (v.date() != null) {
                dates.put(k, v.date());
            }
        });
        List<ReportDetails.Item> items = new ArrayList<>();
        r.getItems().forEach(i -> items.add(new ReportDetails.Item(i.getId(), i.getKind(), i.getPosition(), i.getBody(),
                i.getOwnerBoard() == null ? null : i.getOwnerBoard().getCode(), i.getResponse(), i.getStatus())));
        List<HistoryEntry> history = r.history();
        boolean secretary = caller.isSecretaryOf(o);
        boolean staff = caller.is(Role.STAFF);
        boolean editable = secretary && r.getStatus().editable() && p.isOpen();
        ReportDetails.Actions actions = new ReportDetails.Actions(editable, editable,
                staff && r.getStatus().awaitingReview(), staff && r.getStatus() == ReviewStatus.ACCEPTED,
                secretary && r.getStatus().accepted() && r.getReview().unlockRequestedAt() == null,
                staff && r.getReview().unlockRequestedAt() != null, staff || secretary);
        return new ReportDetails(r.getId(), o.getId(), o.getCode(), o.getName(), p.getId(), p.getCode(), p.getNameVi(),
                p.getNameEn(), p.getStartDate(), p.getEndDate(), p.getDueDate(), p.isOpen(), r.getStatus(),
                Timeliness.of(p.getDueDate(), r.getFirstSubmittedAt(), today()), r.getFirstSubmittedAt(),
                r.getReview().lastSubmittedAt(), r.getReview().acceptedAt(), r.getReview().unlockRequestedAt(), r.getReview().unlockReason(),
                r.lastReturnReason(), r.getVersion(), numbers, dates, new LinkedHashMap<>(r.getTexts()), items, history, actions,
                sources(r, numbers));
    }

    /**
     * The figures that were not typed and where they came from. A report still open to its secretary shows the
     * admission records as they stand now (saved with it on the next save or submission); a sent one what it was
     * sent with.
     */
    private Map<String, String> sources(Report r, Map<String, BigDecimal> numbers) {
        Map<String, String> sources = new LinkedHashMap<>();
        if (r.getStatus().editable() && r.getPeriod().isOpen()) {
            pipelineFigures(r).ifPresent(f -> {
                numbers.put(PipelineFigures.ADMITTED, BigDecimal.valueOf(f.admitted()));
                numbers.put(PipelineFigures.MADE_FULL, BigDecimal.valueOf(f.madeFull()));
                sources.put(PipelineFigures.ADMITTED, ReportValue.ADMISSION_RECORDS);
                sources.put(PipelineFigures.MADE_FULL, ReportValue.ADMISSION_RECORDS);
            });
            return sources;
        }
        r.getValues().forEach((k, v) -> {
            if (v.source() != null) {
                sources.put(k, v.source());
            }
        });
        return sources;
    }

    /** 14.00 → 14, 97.50 → 97.5: the figure as typed, without the column's scale. */
    private static BigDecimal plain(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
