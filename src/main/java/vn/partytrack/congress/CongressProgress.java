package vn.partytrack.congress;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A term's congresses across the selected units: held k/n, on schedule k/n, pilots, how many units stand at each
 * stage ("" for not started), and the rows, pilots first.
 */
public record CongressProgress(Long termId, List<CongressRow> rows, int units, int held, int onSchedule, int pilots,
                               Map<String, Integer> atStage) implements Serializable {

    public List<CongressRow> lagging() {
        return rows.stream().filter(CongressRow::lagging).toList();
    }
}
