package vn.partytrack.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Text;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public holidays (table {@code public_holiday}, V33) the admission deadlines skip. Read once per service call that
 * computes deadlines (a few dozen rows), never per day counted and never cached: a day added or removed (here, or with
 * SQL) counts from the next request on, no restart. Ban Tổ chức's staff and administrators add, correct or remove a
 * day; every change is audited.
 */
@ApplicationScoped
@Transactional
public class PublicHolidays {

    /** A public holiday as the API shows it; {@code estimate}: not yet checked against the official schedule. */
    public record Holiday(LocalDate day, String nameVi, String nameEn, boolean estimate) implements Serializable {
    }

    /** What staff send to add or correct a day. */
    public static class HolidayForm implements Serializable {
        private String nameVi;
        private String nameEn;
        private Boolean estimate;

        public String getNameVi() { return nameVi; }
        public void setNameVi(String nameVi) { this.nameVi = nameVi; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public Boolean getEstimate() { return estimate; }
        public void setEstimate(Boolean estimate) { this.estimate = estimate; }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** Every holiday on record, for the deadline arithmetic (no access check: no personal data). */
    public Set<LocalDate> days() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT day FROM public_holiday").getResultList();
        Set<LocalDate> days = new HashSet<>();
        for (Object r : rows) {
            days.add(r instanceof Date d ? d.toLocalDate() : (LocalDate) r);
        }
        return Set.copyOf(days);
    }

    /** The holidays of a year (all when null), in date order; anyone signed in. */
    public List<Holiday> list(Integer year) {
        caller.requireSignedIn();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT day, name_vi, name_en, estimate FROM public_holiday"
                + " WHERE (CAST(?1 AS int) IS NULL OR extract(year FROM day) = CAST(?1 AS int)) ORDER BY day")
                .setParameter(1, year).getResultList();
        List<Holiday> list = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate day = r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0];
            list.add(new Holiday(day, (String) r[1], (String) r[2], Boolean.TRUE.equals(r[3])));
        }
        return list;
    }

    /** Adds or corrects a day (Ban Tổ chức's staff, administrators). */
    public Holiday save(String dayText, HolidayForm form) {
        requireEditor();
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = null;
        try {
            day = day(dayText);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        String vi = form == null ? null : Text.clean(form.getNameVi());
        String en = form == null ? null : Text.clean(form.getNameEn());
        if (vi == null) {
            errors.add(new FieldError("nameVi", "field.required"));
        } else if (vi.length() > 120) {
            errors.add(new FieldError("nameVi", "field.tooLong", Map.of("max", 120)));
        }
        if (en == null) {
            errors.add(new FieldError("nameEn", "field.required"));
        } else if (en.length() > 120) {
            errors.add(new FieldError("nameEn", "field.tooLong", Map.of("max", 120)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        boolean estimate = form.getEstimate() != null && form.getEstimate();
        em.createNativeQuery("INSERT INTO public_holiday (day, name_vi, name_en, estimate) VALUES (?1, ?2, ?3, ?4)"
                        + " ON CONFLICT (day) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, estimate = EXCLUDED.estimate")
                .setParameter(1, Date.valueOf(day)).setParameter(2, vi).setParameter(3, en).setParameter(4, estimate).executeUpdate();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("day", day.toString());
        after.put("estimate", estimate);
        audit.record(caller.auditName(), "PUBLIC_HOLIDAY", null, "SAVE", null, after);
        return new Holiday(day, vi, en, estimate);
    }

    /** Removes a day (Ban Tổ chức's staff, administrators); a day not on record is no change. */
    public void remove(String dayText) {
        requireEditor();
        LocalDate day = day(dayText);
        int removed = em.createNativeQuery("DELETE FROM public_holiday WHERE day = ?1").setParameter(1, Date.valueOf(day)).executeUpdate();
        if (removed > 0) {
            audit.record(caller.auditName(), "PUBLIC_HOLIDAY", null, "REMOVE", Map.of("day", day.toString()), null);
        }
    }

    /** Whether the caller may add, correct and remove days: Ban Tổ chức's staff and administrators. */
    public boolean mayEdit() {
        return caller.isAdmin() || caller.isOrganisationBoardStaff();
    }

    private void requireEditor() {
        caller.requireSignedIn();
        if (!mayEdit()) {
            throw new AccessDenied("public holidays are kept by the Organisation Board");
        }
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("day", "field.required");
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() >= 1900 && day.getYear() <= 2100) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // told below, without echoing the input
        }
        throw new InvalidInput("day", "field.dateOutOfRange");
    }
}
