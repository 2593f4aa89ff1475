package vn.partytrack.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Clocks;
import vn.partytrack.review.ReviewStatus;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dissemination matrix: units × documents, who disseminated what and who is late, in one query per matrix. */
@ApplicationScoped
@Transactional
public class DisseminationMatrixQuery {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    DirectiveCatalogue catalogue;

    @Inject
    OrganisationService organisations;

    /** Units × documents for today's grassroots organisations of a bloc (all when null): one query. */
    public DisseminationMatrix matrix(String blocCode) {
        return matrix(blocCode, null);
    }

    /**
     * Units × documents for a period (none: today): the grassroots organisations of a bloc (all when null) as they
     * stood at the period's cut-off, the documents issued by its end, and only the sessions held by its end; days
     * overdue counted to its end. One query.
     */
    public DisseminationMatrix matrix(String blocCode, Long periodId) {
        caller.requireDistrictReader();
        LocalDate today = Clocks.today(clock);
        LocalDate stand = today, end = null, asOf = today;
        if (periodId != null) {
            ReportingPeriod period = Records.find(em, ReportingPeriod.class, periodId, "period");
            stand = period.standDate();
            end = period.getEndDate();
            asOf = period.asOf(today);
        }
        // a committee's staff see the units under their committee as it stood then; others every unit
        String under = organisations.scope(blocCode, null).at(em, stand).under();
        return matrixOf("""
                FROM units_at(?2) o
                JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                LEFT JOIN bloc b ON b.id = o.bloc_id
                """, "(?1 = '' OR b.code = ?1) AND o.path LIKE ?4", blocCode == null ? "" : blocCode, under, stand, end, asOf);
    }

    /** Today's matrix of these units. */
    DisseminationMatrix matrixFor(List<Long> unitIds) {
        LocalDate today = Clocks.today(clock);
        return matrixOf(" FROM organisation o ", "o.id = ANY (?1) AND CAST(?2 AS date) IS NOT NULL AND ?4 = '/%'", unitIds.toArray(Long[]::new), "/%", today, null, today);
    }

    /**
     * ?1 the units' condition's parameter, ?2 stand date, ?3 the last day whose documents and sessions count (the
     * period's end), ?4 the path prefix of the units in scope.
     */
    private DisseminationMatrix matrixOf(String units, String condition, Object parameter, String under, LocalDate stand, LocalDate end,
                                         LocalDate asOf) {
        List<DirectiveRow> directives = end == null ? catalogue.catalogue()
                : catalogue.catalogue().stream().filter(d -> d.issuedOn() == null || !d.issuedOn().isAfter(end)).toList();
        Map<Long, Map<Long, MatrixCell>> cells = new HashMap<>();
        Map<Long, DisseminationMatrix.Unit> unitById = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("SELECT o.id, o.code, o.name, a.directive_id, i.id, i.status,"
                        + " (SELECT min(s.held_on) FROM dissemination_session s WHERE s.implementation_id = i.id AND s.held_on <= ?3),"
                        + " (SELECT max(s.members_attending::float8 / s.members_at_date) FROM dissemination_session s"
                        + "   WHERE s.implementation_id = i.id AND s.held_on <= ?3),"
                        + " d.dissemination_deadline "
                        + units
                        + " JOIN directive_assignment a ON a.organisation_id = o.id"
                        + " JOIN directive d ON d.id = a.directive_id AND (d.issued_on IS NULL OR d.issued_on <= ?3)"
                        + " LEFT JOIN directive_implementation i ON i.directive_id = a.directive_id AND i.organisation_id = o.id"
                        + " WHERE " + condition
                        + " ORDER BY o.name")
                .setParameter(1, parameter).setParameter(2, Date.valueOf(stand))
                .setParameter(3, Date.valueOf(end == null ? LocalDate.of(9999, 12, 31) : end)).setParameter(4, under).getResultList();
        for (Object[] r : result) {
            Long unit = ((Number) r[0]).longValue();
            unitById.putIfAbsent(unit, new DisseminationMatrix.Unit(unit, (String) r[1], (String) r[2]));
            ReviewStatus status = r[5] == null ? null : ReviewStatus.valueOf((String) r[5]);
            LocalDate first = r[6] == null ? null : ((Date) r[6]).toLocalDate();
            Double attendance = r[7] == null ? null : ((Number) r[7]).doubleValue();
            LocalDate deadline = r[8] == null ? null : ((Date) r[8]).toLocalDate();
            MatrixCell cell = new MatrixCell(r[4] == null ? null : ((Number) r[4]).longValue(), status, first, attendance, 0);
            long overdue = !cell.disseminated() && deadline != null && asOf.isAfter(deadline) ? ChronoUnit.DAYS.between(deadline, asOf) : 0;
            cells.computeIfAbsent(unit, k -> new HashMap<>()).put(((Number) r[3]).longValue(),
                    new MatrixCell(cell.implementationId(), status, first, attendance, overdue));
        }
        Map<Long, DisseminationMatrix.Share> shares = new HashMap<>();
        for (DirectiveRow d : directives) {
            int assigned = 0, done = 0;
            List<String> missing = new ArrayList<>();
            for (DisseminationMatrix.Unit u : unitById.values()) {
                MatrixCell c = cells.get(u.id()).get(d.id());
                if (c == null) {
                    continue;
                }
                assigned++;
                if (c.disseminated()) {
                    done++;
                } else {
                    missing.add(u.name());
                }
            }
            shares.put(d.id(), new DisseminationMatrix.Share(done, assigned, missing));
        }
        return new DisseminationMatrix(directives, new ArrayList<>(unitById.values()), cells, shares);
    }
}
