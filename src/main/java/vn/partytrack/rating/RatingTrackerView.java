package vn.partytrack.rating;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The rating tracker of a year: every grassroots unit of the scope with its stage, the counts per stage, the decided
 * levels (the distribution) against the years before in the same scope, and the rule set of the year.
 */
public record RatingTrackerView(int year, String ruleSetCode, List<RatingRow> rows, Map<String, Integer> stages,
                                Map<String, Integer> decidedLevels, List<YearLevels> previousYears) implements Serializable {

    /** The levels decided in an earlier year, for the same scope as the registry stood at that year's end. */
    public record YearLevels(int year, Map<String, Integer> levels) implements Serializable {
        public int level(String level) {
            return levels.getOrDefault(level, 0);
        }
    }

    public List<RatingRow> withStage(String stage) {
        return stage == null || stage.isBlank() ? rows : rows.stream().filter(r -> r.stage().name().equals(stage)).toList();
    }

    /**
     * Units rated "Hoàn thành xuất sắc" at least this many years running (two: the candidates for "trong sạch, vững
     * mạnh tiêu biểu").
     */
    public List<RatingRow> excellentRunning(int years) {
        return rows.stream().filter(r -> r.excellentYearsRunning() >= years).toList();
    }

    /** Units decided at this level (e.g. "Không hoàn thành nhiệm vụ"). */
    public List<RatingRow> decided(String level) {
        return rows.stream().filter(r -> level.equals(r.decidedLevel())).toList();
    }

    public int stage(String stage) {
        return stages.getOrDefault(stage, 0);
    }

    public int level(String level) {
        return decidedLevels.getOrDefault(level, 0);
    }
}
