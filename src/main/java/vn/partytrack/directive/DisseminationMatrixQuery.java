package vn.partytrack.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.organisation.Organisation;
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

    /** Units × documents for the active grassroots organisations of a bloc (all when null): one query each. */
    public DisseminationMatrix matrix(String blocCode) {
        caller.requireDistrictReader();
        List<Long> units = em.createQuery("""
                        SELECT o.id FROM Organisation o JOIN o.type t LEFT JOIN o.bloc b
                        WHERE o.active = true AND t.grassroots = true AND (:bloc = '' OR b.code = :bloc)""", Long.class)
                .setParameter("bloc", blocCode == null ? "" : blocCode).getResultList();
        return matrixFor(units);
    }

    DisseminationMatrix matrixFor(List<Long> unitIds) {
        List<DirectiveRow> directives = catalogue.catalogue();
        LocalDate today = Clocks.today(clock);
        Map<Long, Map<Long, MatrixCell>> cells = new HashMap<>();
        Map<Long, DisseminationMatrix.Unit> unitById = new LinkedHashMap<>();
        if (!unitIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> result = em.createNativeQuery("""
                            SELECT o.id, o.code, o.name, a.directive_id, i.id, i.status,
                                   (SELECT min(s.held_on) FROM dissemination_session s WHERE s.implementation_id = i.id),
                                   (SELECT max(s.members_attending::float8 / s.members_at_date) FROM dissemination_session s
                                     WHERE s.implementation_id = i.id),
                                   d.dissemination_deadline
                            FROM organisation o
                            JOIN directive_assignment a ON a.organisation_id = o.id
                            JOIN directive d ON d.id = a.directive_id
                            LEFT JOIN directive_implementation i ON i.directive_id = a.directive_id AND i.organisation_id = o.id
                            WHERE o.id = ANY (?1)
                            ORDER BY o.name""")
                    .setParameter(1, unitIds.toArray(Long[]::new)).getResultList();
            for (Object[] r : result) {
                Long unit = ((Number) r[0]).longValue();
                unitById.putIfAbsent(unit, new DisseminationMatrix.Unit(unit, (String) r[1], (String) r[2]));
                ReviewStatus status = r[5] == null ? null : ReviewStatus.valueOf((String) r[5]);
                LocalDate first = r[6] == null ? null : ((Date) r[6]).toLocalDate();
                Double attendance = r[7] == null ? null : ((Number) r[7]).doubleValue();
                LocalDate deadline = r[8] == null ? null : ((Date) r[8]).toLocalDate();
                MatrixCell cell = new MatrixCell(r[4] == null ? null : ((Number) r[4]).longValue(), status, first, attendance, 0);
                long overdue = !cell.disseminated() && deadline != null && today.isAfter(deadline) ? ChronoUnit.DAYS.between(deadline, today) : 0;
                cells.computeIfAbsent(unit, k -> new HashMap<>()).put(((Number) r[3]).longValue(),
                        new MatrixCell(cell.implementationId(), status, first, attendance, overdue));
            }
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
