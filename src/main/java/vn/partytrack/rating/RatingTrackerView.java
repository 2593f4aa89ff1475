package vn.partytrack.rating;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The rating tracker of a year: every grassroots unit of the scope with its stage, the counts per stage and the
 * decided levels (the distribution), and the rule set of the year.
 */
public record RatingTrackerView(int year, String ruleSetCode, List<RatingRow> rows, Map<String, Integer> stages,
                                Map<String, Integer> decidedLevels) implements Serializable {

    public List<RatingRow> withStage(String stage) {
        return stage == null || stage.isBlank() ? rows : rows.stream().filter(r -> r.stage().name().equals(stage)).toList();
    }

    public int stage(String stage) {
        return stages.getOrDefault(stage, 0);
    }

    public int level(String level) {
        return decidedLevels.getOrDefault(level, 0);
    }
}
