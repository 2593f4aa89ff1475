package vn.partytrack.period;

import vn.partytrack.platform.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.KeptFigures;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reporting periods: everyone signed in reads them, administrators define them. */
@ApplicationScoped
@Transactional
public class PeriodService {

    @PersistenceContext
    EntityManager em;

    @Inject
    KeptFigures kept;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** Newest first. */
    public List<PeriodRow> list() {
        caller.requireSignedIn();
        return kept.get(() -> em.createQuery("SELECT p FROM ReportingPeriod p ORDER BY p.dueDate DESC, p.id DESC", ReportingPeriod.class)
                .getResultStream().map(PeriodRow::of).toList(), "periods");
    }

    public PeriodRow get(Long id) {
        caller.requireSignedIn();
        return PeriodRow.of(find(id));
    }

    public PeriodForm formFor(Long id) {
        caller.requireAdmin();
        return PeriodForm.of(PeriodRow.of(find(id)));
    }

    /** The open period due first (or, when none is open, the oldest), for pages that need a sensible default. */
    public PeriodRow current() {
        caller.requireSignedIn();
        return kept.get(() -> em.createQuery("SELECT p FROM ReportingPeriod p ORDER BY p.open DESC, p.dueDate ASC, p.id", ReportingPeriod.class)
                .setMaxResults(1).getResultStream().findFirst().map(PeriodRow::of).orElse(null), "currentPeriod");
    }

    public Long create(PeriodForm form) {
        caller.requireAdmin();
        check(form, null);
        ReportingPeriod p = new ReportingPeriod(form.getCode());
        define(p, form);
        em.persist(p);
        Writes.flush(em, "p");
        audit.record(caller.auditName(), "PERIOD", p.getId(), "CREATE", null, snapshot(p));
        return p.getId();
    }

    public void update(Long id, PeriodForm form) {
        caller.requireAdmin();
        ReportingPeriod p = find(id);
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        if (form.getVersion() != p.getVersion()) {
            throw new ConcurrentEdit("period " + id + " changed since version " + form.getVersion());
        }
        check(form, p);
        Map<String, Object> before = snapshot(p);
        define(p, form);
        Writes.flush(em, "period " + id);
        audit.record(caller.auditName(), "PERIOD", id, "UPDATE", before, snapshot(p));
    }

    private static void define(ReportingPeriod p, PeriodForm f) {
        p.define(f.getCode(), f.getKind(), f.getYear(), f.getNameVi(), f.getNameEn(), f.getStartDate(),
                f.getEndDate(), f.getCutoffDate(), f.getDueDate(), f.isOpen());
    }

    private void check(PeriodForm f, ReportingPeriod current) {
        f.setCode(Text.clean(f.getCode()));
        f.setNameVi(Text.clean(f.getNameVi()));
        f.setNameEn(Text.clean(f.getNameEn()));
        List<FieldError> findings = new ArrayList<>();
        if (f.getStartDate() != null && f.getEndDate() != null && f.getEndDate().isBefore(f.getStartDate())) {
            findings.add(new FieldError("endDate", "period.end.beforeStart"));
        }
        if (f.getCutoffDate() != null && f.getStartDate() != null && f.getEndDate() != null
                && (f.getCutoffDate().isBefore(f.getStartDate()) || f.getCutoffDate().isAfter(f.getEndDate()))) {
            findings.add(new FieldError("cutoffDate", "period.cutoff.outside"));
        }
        if (f.getCutoffDate() != null && f.getCutoffDate().getYear() >= 1900 && f.getCutoffDate().getYear() <= 2100
                && ((Number) em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM units_at(?1) LIMIT 1) u")
                        .setParameter(1, java.sql.Date.valueOf(f.getCutoffDate())).getSingleResult()).intValue() == 0
                && ((Number) em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM organisation_version LIMIT 1) v")
                        .getSingleResult()).intValue() > 0) {
            // the period's figures would count the registry of a day it does not record: nothing to stand on
            findings.add(new FieldError("cutoffDate", "period.cutoff.unrecorded"));
        }
        if (f.getDueDate() != null && f.getStartDate() != null && f.getDueDate().isBefore(f.getStartDate())) {
            findings.add(new FieldError("dueDate", "period.due.beforeStart"));
        }
        if (f.getCode() != null && em.createQuery("SELECT p.id FROM ReportingPeriod p WHERE LOWER(p.code) = LOWER(:c)", Long.class)
                .setParameter("c", f.getCode()).getResultStream().anyMatch(id -> current == null || !id.equals(current.getId()))) {
            findings.add(new FieldError("code", "period.code.taken"));
        }
        validation.require(f, findings);
    }

    private ReportingPeriod find(Long id) {
        return Records.find(em, ReportingPeriod.class, id, "period");
    }

    private static Map<String, Object> snapshot(ReportingPeriod p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", p.getCode());
        s.put("kind", p.getKind().name());
        s.put("name", p.getNameVi());
        s.put("start", String.valueOf(p.getStartDate()));
        s.put("end", String.valueOf(p.getEndDate()));
        s.put("cutoff", String.valueOf(p.getCutoffDate()));
        s.put("due", String.valueOf(p.getDueDate()));
        s.put("open", p.isOpen());
        return s;
    }
}
