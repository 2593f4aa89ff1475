package vn.partytrack.rating;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decided levels of a scope's grassroots organisations over the years, as the dashboard shows them: for each year
 * in all, by bloc and by the committee directly above the units (each as the registry stood at that year's end);
 * and, for the latest year with decisions, the organisations rated "Hoàn thành xuất sắc" two or more years running
 * and those rated "Không hoàn thành nhiệm vụ" (the first {@link #LIST_LIMIT} of each, with how many there are).
 */
public record LevelDistribution(int latestYear, List<Integer> years, List<LevelLine> total, List<LevelLine> byBloc,
                                List<LevelLine> byCommittee, List<RatedUnit> excellentRunning, int excellentRunningCount,
                                List<RatedUnit> notCompleted, int notCompletedCount) implements Serializable {

    public static final int LIST_LIMIT = 100;

    /** The levels decided in one year for one group (a bloc's code, a committee's id; empty for all). */
    public record LevelLine(int year, String code, String name, Map<String, Integer> levels) implements Serializable {
        public int level(String level) {
            return levels.getOrDefault(level, 0);
        }

        public int decided() {
            return levels.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** An organisation of the lists, with how many years running it has been rated at that level. */
    public record RatedUnit(Long organisationId, String organisationName, int yearsRunning) implements Serializable {
    }

    /** The line of a group in a year, or an empty one. */
    private LevelLine line(List<LevelLine> lines, String code, int year) {
        return lines.stream().filter(l -> l.year() == year && l.code().equals(code)).findFirst()
                .orElse(empty(code, year));
    }

    /** The line of all units in a year. */
    public LevelLine totalOf(int year) {
        return line(total, "", year);
    }

    /** A group's line in the latest year, with its line of the year before (an empty one when it had none). */
    public record GroupLine(LevelLine latest, LevelLine yearBefore) implements Serializable {
    }

    /**
     * The groups (blocs or committees) that had a decision in the latest year, by name, each beside its year before:
     * one pass, not a search of the whole list per cell (the country has thousands of committees).
     */
    public List<GroupLine> groups(List<LevelLine> lines) {
        Map<String, LevelLine> before = new HashMap<>();
        lines.stream().filter(l -> l.year() == latestYear - 1).forEach(l -> before.put(l.code(), l));
        return lines.stream().filter(l -> l.year() == latestYear)
                .map(l -> new GroupLine(l, before.getOrDefault(l.code(), empty(l.code(), latestYear - 1)))).toList();
    }

    private static LevelLine empty(String code, int year) {
        return new LevelLine(year, code, "", Map.of());
    }
}
