package vn.partytrack.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.organisation.Scope;
import vn.partytrack.platform.AccessDenied;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two set-based queries per view: active grassroots organisations of a bloc by sector and type (their members
 * include those of their subordinate cells, so cells are counted apart and never added to the members).
 */
@ApplicationScoped
@Transactional
public class BlocOverview {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public BlocSummary summary(String blocCode) {
        return summary(Scope.bloc(blocCode));
    }

    public BlocSummary summary(Scope scope) {
        String blocCode = scope.blocCode();
        caller.requireSignedIn();
        if (caller.is(Role.SECRETARY)) {
            throw new AccessDenied("the bloc overview is for district staff");
        }
        List<Object[]> counts = em.createQuery("""
                        SELECT s.code, t.code, COUNT(o), SUM(o.membership.total), MIN(s.sortOrder), MIN(t.sortOrder)
                        FROM Organisation o JOIN o.type t LEFT JOIN o.bloc b LEFT JOIN o.sector s
                        WHERE (:bloc = '' OR b.code = :bloc) AND o.path LIKE :under AND o.active = true AND t.grassroots = true
                        GROUP BY s.code, t.code
                        ORDER BY MIN(s.sortOrder), MIN(t.sortOrder)""", Object[].class)
                .setParameter("bloc", scope.bloc()).setParameter("under", scope.under()).getResultList();
        Map<String, Integer> typeOrder = new LinkedHashMap<>();
        Map<String, Map<String, Long>> bySector = new LinkedHashMap<>();
        Map<String, Long> membersBySector = new LinkedHashMap<>();
        Map<String, Long> typeTotals = new LinkedHashMap<>();
        long organisations = 0;
        long members = 0;
        for (Object[] row : counts) {
            String sector = (String) row[0];
            String type = (String) row[1];
            long n = ((Number) row[2]).longValue();
            long m = row[3] == null ? 0 : ((Number) row[3]).longValue();
            typeOrder.putIfAbsent(type, ((Number) row[5]).intValue());
            bySector.computeIfAbsent(sector == null ? "" : sector, k -> new LinkedHashMap<>()).merge(type, n, Long::sum);
            membersBySector.merge(sector == null ? "" : sector, m, Long::sum);
            typeTotals.merge(type, n, Long::sum);
            organisations += n;
            members += m;
        }
        List<String> types = typeOrder.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        List<BlocSummary.SectorLine> lines = new ArrayList<>();
        bySector.forEach((sector, byType) -> lines.add(new BlocSummary.SectorLine(sector, byType,
                byType.values().stream().mapToLong(Long::longValue).sum(), membersBySector.get(sector))));
        long cells = em.createQuery("""
                        SELECT COUNT(o) FROM Organisation o JOIN o.type t LEFT JOIN o.bloc b JOIN o.parent p
                        WHERE (:bloc = '' OR b.code = :bloc) AND o.path LIKE :under AND o.active = true AND p.active = true
                          AND t.grassroots = false AND t.hasSubordinates = false""", Long.class)
                .setParameter("bloc", scope.bloc()).setParameter("under", scope.under()).getSingleResult();
        return new BlocSummary(blocCode, types, lines, typeTotals, organisations, members, cells);
    }
}
