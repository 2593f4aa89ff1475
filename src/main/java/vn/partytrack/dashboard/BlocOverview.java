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
import vn.partytrack.platform.Clocks;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two set-based queries per view: the grassroots organisations (as they stood on a day) of a bloc by sector and type (their members
 * include those of their subordinate cells, so cells are counted apart and never added to the members).
 */
@ApplicationScoped
@Transactional
public class BlocOverview {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public BlocSummary summary(String blocCode) {
        return summary(Scope.bloc(blocCode));
    }

    /** Today's units of a scope. */
    public BlocSummary summary(Scope scope) {
        return summary(scope, null);
    }

    /**
     * The units of a scope as they stood on a day (a period's cut-off; today when null), with their members of that
     * day. {@code scope}: dated to that day ({@link Scope#at}).
     */
    public BlocSummary summary(Scope scope, LocalDate day) {
        String blocCode = scope.blocCode();
        caller.requireSignedIn();
        if (caller.is(Role.SECRETARY)) {
            throw new AccessDenied("the bloc overview is for district staff");
        }
        Date stand = Date.valueOf(day == null ? Clocks.today(clock) : day);
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("""
                        SELECT s.code, t.code, count(*), sum(o.members_total), min(s.sort_order), min(t.sort_order)
                        FROM units_at(?3) o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN bloc b ON b.id = o.bloc_id LEFT JOIN sector s ON s.id = o.sector_id
                        WHERE (?1 = '' OR b.code = ?1) AND o.path LIKE ?2
                        GROUP BY s.code, t.code
                        ORDER BY min(s.sort_order), min(t.sort_order)""")
                .setParameter(1, scope.bloc()).setParameter(2, scope.under()).setParameter(3, stand).getResultList();
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
        long cells = ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM units_at(?3) o JOIN organisation_type t ON t.id = o.type_id
                        LEFT JOIN bloc b ON b.id = o.bloc_id JOIN units_at(?3) p ON p.id = o.parent_id
                        WHERE (?1 = '' OR b.code = ?1) AND o.path LIKE ?2
                          AND NOT t.grassroots AND NOT t.has_subordinates""")
                .setParameter(1, scope.bloc()).setParameter(2, scope.under()).setParameter(3, stand).getSingleResult()).longValue();
        return new BlocSummary(blocCode, types, lines, typeTotals, organisations, members, cells);
    }
}
