package vn.partytrack.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.organisation.Scope;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.InvalidInput;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decided levels of a scope over five years, by bloc and by committee, and the two lists the board acts on (the
 * candidates for "trong sạch, vững mạnh tiêu biểu", the units that did not complete their tasks): one grouped
 * statement a year and one for the lists, whatever the number of units.
 */
@ApplicationScoped
@Transactional
public class LevelDistributions {

    /** How many years the distribution covers, the asked one included. */
    public static final int YEARS = 5;

    static final List<String> LEVELS = List.of(RuleSet.EXCELLENT, RuleSet.GOOD, RuleSet.COMPLETED, RuleSet.NOT_COMPLETED);

    /**
     * How many years running the unit {@code o} was rated HTXS up to the year given as the parameter {@code year}
     * (e.g. "?1"): 0 when it was not HTXS that year; at most 11. Its rating of that year is {@code r}.
     */
    public static String excellentRunning(String year) {
        return """
                CASE WHEN r.decided_level = 'HTXS' THEN coalesce(%1$s - (
                    SELECT max(g) FROM generate_series(%1$s - 10, %1$s) g WHERE NOT EXISTS (
                        SELECT 1 FROM rating x WHERE x.organisation_id = o.id AND x.year = g AND x.decided_level = 'HTXS')), 11)
                     ELSE 0 END""".formatted(year);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The five years up to {@code year} for the scope (as today's registry names it), for district readers. */
    public LevelDistribution of(int year, Scope asToday) {
        caller.requireDistrictReader();
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "rating.year.noRuleSet");
        }
        List<LevelDistribution.Line> total = new ArrayList<>();
        List<LevelDistribution.Line> byBloc = new ArrayList<>();
        List<LevelDistribution.Line> byCommittee = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        int latest = year;
        boolean found = false;
        for (int y = year; y > year - YEARS; y--) {
            years.add(y);
            LocalDate day = standDay(y);
            Scope scope = asToday.at(em, day);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT coalesce(b.code, ''), coalesce(b.name_vi, ''), p.id, p.name, r.decided_level, count(*)
                            FROM units_at(?4) o
                            JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                            LEFT JOIN bloc b ON b.id = o.bloc_id
                            LEFT JOIN organisation p ON p.id = o.parent_id
                            JOIN rating r ON r.organisation_id = o.id AND r.year = ?1 AND r.decided_level IS NOT NULL
                            WHERE (?2 = '' OR b.code = ?2) AND o.path LIKE ?3
                            GROUP BY 1, 2, 3, 4, 5""")
                    .setParameter(1, y).setParameter(2, scope.bloc()).setParameter(3, scope.under())
                    .setParameter(4, Date.valueOf(day)).getResultList();
            Map<String, Map<String, Integer>> blocs = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> committees = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, Integer> all = empty();
            for (Object[] r : rows) {
                String level = (String) r[4];
                int n = ((Number) r[5]).intValue();
                String bloc = (String) r[0];
                String committee = r[2] == null ? "" : String.valueOf(((Number) r[2]).longValue());
                names.put("B" + bloc, (String) r[1]);
                names.put("C" + committee, r[3] == null ? "" : (String) r[3]);
                blocs.computeIfAbsent(bloc, k -> empty()).merge(level, n, Integer::sum);
                committees.computeIfAbsent(committee, k -> empty()).merge(level, n, Integer::sum);
                all.merge(level, n, Integer::sum);
            }
            if (!found && !rows.isEmpty()) {
                latest = y;
                found = true;
            }
            total.add(new LevelDistribution.Line(y, "", "", all));
            int at = y;
            blocs.forEach((code, levels) -> byBloc.add(new LevelDistribution.Line(at, code, names.get("B" + code), levels)));
            committees.forEach((code, levels) -> byCommittee.add(new LevelDistribution.Line(at, code, names.get("C" + code), levels)));
        }
        Comparator<LevelDistribution.Line> byName = Comparator.comparing(LevelDistribution.Line::name).thenComparing(LevelDistribution.Line::code);
        byBloc.sort(Comparator.comparing(LevelDistribution.Line::year).reversed().thenComparing(byName));
        byCommittee.sort(Comparator.comparing(LevelDistribution.Line::year).reversed().thenComparing(byName));

        List<LevelDistribution.Unit> excellent = new ArrayList<>();
        List<LevelDistribution.Unit> notCompleted = new ArrayList<>();
        int[] counts = new int[2];
        LocalDate day = standDay(latest);
        Scope scope = asToday.at(em, day);
        @SuppressWarnings("unchecked")
        List<Object[]> units = em.createNativeQuery("""
                        SELECT id, name, decided_level, running, count(*) OVER (PARTITION BY decided_level) FROM (
                            SELECT o.id, o.name, r.decided_level,
                        """ + excellentRunning("?1") + """
                                   AS running
                            FROM units_at(?4) o
                            JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                            LEFT JOIN bloc b ON b.id = o.bloc_id
                            JOIN rating r ON r.organisation_id = o.id AND r.year = ?1 AND r.decided_level IN ('HTXS', 'KHT')
                            WHERE (?2 = '' OR b.code = ?2) AND o.path LIKE ?3) u
                        WHERE decided_level = 'KHT' OR running >= 2
                        ORDER BY decided_level, running DESC, name, id""")
                .setParameter(1, latest).setParameter(2, scope.bloc()).setParameter(3, scope.under())
                .setParameter(4, Date.valueOf(day)).getResultList();
        for (Object[] u : units) {
            boolean excellentUnit = RuleSet.EXCELLENT.equals(u[2]);
            List<LevelDistribution.Unit> list = excellentUnit ? excellent : notCompleted;
            counts[excellentUnit ? 0 : 1] = ((Number) u[4]).intValue();
            if (list.size() < LevelDistribution.LIST_LIMIT) {
                list.add(new LevelDistribution.Unit(((Number) u[0]).longValue(), (String) u[1], ((Number) u[3]).intValue()));
            }
        }
        return new LevelDistribution(latest, List.copyOf(years), List.copyOf(total), List.copyOf(byBloc), List.copyOf(byCommittee),
                List.copyOf(excellent), counts[0], List.copyOf(notCompleted), counts[1]);
    }

    private static Map<String, Integer> empty() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        LEVELS.forEach(l -> levels.put(l, 0));
        return levels;
    }

    /** A year's units as the registry stood at its end, or today for the year under way. */
    private LocalDate standDay(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = Clocks.today(clock);
        return end.isAfter(today) ? today : end;
    }
}
