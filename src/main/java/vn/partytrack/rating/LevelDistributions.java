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
import vn.partytrack.platform.KeptFigures;

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
 * candidates for "trong sạch, vững mạnh tiêu biểu", the units that did not complete their tasks): two statements,
 * whatever the number of units or years.
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

    /**
     * The units under the scope's committee as it stood on the day {@code d.day} (?3, 0 for none: the path prefix ?5
     * as today's scope gives it); a committee that did not exist then covers nothing. Found once for each day in a
     * lateral join rather than as a condition on each unit.
     */
    private static final String UNDER = """
             CROSS JOIN LATERAL (SELECT CASE WHEN ?3 = 0 THEN ?5
                 ELSE (SELECT c.path || '%' FROM units_at(d.day) c WHERE c.id = ?3) END AS under) s
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    KeptFigures kept;

    /** The five years up to {@code year} for the scope (as today's registry names it), for district readers. */
    public LevelDistribution of(int year, Scope asToday) {
        return of(year, asToday, Clocks.today(clock));
    }

    /**
     * The same, with the registry as it stood on {@code standsOn} at the latest (a dashboard's period: its cut-off, so
     * that a period's page does not change when the registry does after it).
     */
    public LevelDistribution of(int year, Scope asToday, LocalDate standsOn) {
        caller.requireDistrictReader();
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "rating.year.noRuleSet");
        }
        LocalDate now = Clocks.today(clock);
        LocalDate today = standsOn.isBefore(now) ? standsOn : now;
        long committee = asToday.committeeId() == null ? 0 : asToday.committeeId();
        // kept until a rating or the registry changes (V30's trigger on rating moves the stamp): the access is checked above
        return kept.get(() -> compute(year, asToday, today, committee), "ratingLevels", year, asToday.bloc(), committee,
                asToday.under(), today);
    }

    private LevelDistribution compute(int year, Scope asToday, LocalDate today, long committee) {
        // each year's units as the registry stood at its end (today for the year under way), under the committee as it was then
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT y.year, coalesce(b.code, ''), coalesce(b.name_vi, ''), p.id, p.name, r.decided_level, count(*)
                        FROM generate_series(?1 - 4, ?1) y(year)
                        CROSS JOIN LATERAL (SELECT least(make_date(y.year, 12, 31), ?4) AS day) d
                        """ + UNDER + """
                        CROSS JOIN LATERAL units_at(d.day) o
                        JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN bloc b ON b.id = o.bloc_id
                        LEFT JOIN organisation p ON p.id = o.parent_id
                        JOIN rating r ON r.organisation_id = o.id AND r.year = y.year AND r.decided_level IS NOT NULL
                        WHERE (?2 = '' OR b.code = ?2) AND o.path LIKE s.under

                        GROUP BY 1, 2, 3, 4, 5, 6""")
                .setParameter(1, year).setParameter(2, asToday.bloc()).setParameter(3, committee)
                .setParameter(4, Date.valueOf(today)).setParameter(5, asToday.under()).getResultList();
        List<Integer> years = new ArrayList<>();
        Map<Integer, Map<String, Integer>> all = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> blocs = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> committees = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int y = year; y > year - YEARS; y--) {
            years.add(y);
            all.put(y, empty());
        }
        for (Object[] r : rows) {
            int y = ((Number) r[0]).intValue();
            String level = (String) r[5];
            int n = ((Number) r[6]).intValue();
            String bloc = y + "|" + r[1];
            String parent = y + "|" + (r[3] == null ? "" : String.valueOf(((Number) r[3]).longValue()));
            names.put("B" + bloc, (String) r[2]);
            names.put("C" + parent, r[4] == null ? "" : (String) r[4]);
            blocs.computeIfAbsent(bloc, k -> empty()).merge(level, n, Integer::sum);
            committees.computeIfAbsent(parent, k -> empty()).merge(level, n, Integer::sum);
            all.get(y).merge(level, n, Integer::sum);
        }
        int latest = all.entrySet().stream().filter(e -> e.getValue().values().stream().anyMatch(v -> v > 0)).map(Map.Entry::getKey)
                .findFirst().orElse(year);
        List<LevelDistribution.LevelLine> total = new ArrayList<>();
        all.forEach((y, levels) -> total.add(new LevelDistribution.LevelLine(y, "", "", levels)));
        List<LevelDistribution.LevelLine> byBloc = lines(blocs, names, "B");
        List<LevelDistribution.LevelLine> byCommittee = lines(committees, names, "C");

        List<LevelDistribution.RatedUnit> excellent = new ArrayList<>();
        List<LevelDistribution.RatedUnit> notCompleted = new ArrayList<>();
        int[] counts = new int[2];
        @SuppressWarnings("unchecked")
        List<Object[]> units = em.createNativeQuery("""
                        SELECT id, name, decided_level, running, count(*) OVER (PARTITION BY decided_level) FROM (
                            SELECT o.id, o.name, r.decided_level,
                        """ + excellentRunning("?1") + """
                                   AS running
                            FROM (SELECT least(make_date(?1, 12, 31), ?4) AS day) d
                            """ + UNDER + """
                            CROSS JOIN LATERAL units_at(d.day) o
                            JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                            LEFT JOIN bloc b ON b.id = o.bloc_id
                            JOIN rating r ON r.organisation_id = o.id AND r.year = ?1 AND r.decided_level IN ('HTXS', 'KHT')
                            WHERE (?2 = '' OR b.code = ?2) AND o.path LIKE s.under
                        ) u
                        WHERE decided_level = 'KHT' OR running >= 2
                        ORDER BY decided_level, running DESC, name, id""")
                .setParameter(1, latest).setParameter(2, asToday.bloc()).setParameter(3, committee)
                .setParameter(4, Date.valueOf(today)).setParameter(5, asToday.under()).getResultList();
        for (Object[] u : units) {
            boolean excellentUnit = RuleSet.EXCELLENT.equals(u[2]);
            List<LevelDistribution.RatedUnit> list = excellentUnit ? excellent : notCompleted;
            counts[excellentUnit ? 0 : 1] = ((Number) u[4]).intValue();
            if (list.size() < LevelDistribution.LIST_LIMIT) {
                list.add(new LevelDistribution.RatedUnit(((Number) u[0]).longValue(), (String) u[1], ((Number) u[3]).intValue()));
            }
        }
        return new LevelDistribution(latest, List.copyOf(years), List.copyOf(total), List.copyOf(byBloc), List.copyOf(byCommittee),
                List.copyOf(excellent), counts[0], List.copyOf(notCompleted), counts[1]);
    }

    /** The group's lines, latest year first, then by name. */
    private static List<LevelDistribution.LevelLine> lines(Map<String, Map<String, Integer>> groups, Map<String, String> names, String kind) {
        List<LevelDistribution.LevelLine> lines = new ArrayList<>();
        groups.forEach((key, levels) -> {
            int bar = key.indexOf('|');
            lines.add(new LevelDistribution.LevelLine(Integer.parseInt(key.substring(0, bar)), key.substring(bar + 1), names.get(kind + key), levels));
        });
        lines.sort(Comparator.comparing(LevelDistribution.LevelLine::year).reversed().thenComparing(LevelDistribution.LevelLine::name)
                .thenComparing(LevelDistribution.LevelLine::code));
        return lines;
    }

    private static Map<String, Integer> empty() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        LEVELS.forEach(l -> levels.put(l, 0));
        return levels;
    }
}
