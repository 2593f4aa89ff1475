package vn.partytrack.rating;

import vn.partytrack.platform.FieldError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks the board otherwise does by hand, as the year's {@link RuleSet} words them; no database. {@link #input}
 * refuses a malformed self-assessment (400, nothing saved); {@link #breaches} lists what a level would break, shown
 * before anything is decided and blocking a decision unless the standing committee gives its reason.
 */
public final class RatingChecks {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RatingChecks() {
    }

    /** What the breaches of a rating are computed from: the members at the two top levels, discipline and score. */
    public record Figures(Integer membersTotal, Integer membersCounted, Integer membersExcellent, Integer membersGood,
                          boolean disciplinedMember, boolean disciplinedLeader, BigDecimal score) {

        public static Figures of(RatingForm f) {
            return new Figures(f.getMembersTotal(), f.membersCounted(), f.getMembersHtxs(), f.getMembersHtt(),
                    f.isDisciplinedMember(), f.isDisciplinedLeader(), f.getSelfScore());
        }
    }

    /**
     * The organisation's group for the organisation quota, without this organisation: its name, and how many of the
     * other units were rated excellent and good this year (decided, or proposed where not yet decided).
     */
    public record Group(String name, int excellent, int good) {
    }

    /** The most members (or organisations) that may be excellent: floor(percent × good / 100). */
    public static int quota(BigDecimal percent, int good) {
        return percent.multiply(BigDecimal.valueOf(good)).divide(HUNDRED, 0, RoundingMode.FLOOR).intValueExact();
    }

    /** The self-assessment's own faults; on {@code submission}, what is missing too. */
    public static List<FieldError> input(RuleSet rules, RatingForm f, boolean submission) {
        List<FieldError> errors = new ArrayList<>();
        if (f.getSelfLevel() != null && !rules.hasLevel(f.getSelfLevel())) {
            errors.add(unknownLevel("selfLevel", rules, f.getSelfLevel()));
        } else if (submission && f.getSelfLevel() == null) {
            errors.add(new FieldError("selfLevel", "field.required"));
        }
        if (f.getSelfScore() != null && (f.getSelfScore().signum() < 0 || f.getSelfScore().compareTo(HUNDRED) > 0)) {
            errors.add(new FieldError("selfScore", "rating.score.range"));
        } else if (submission && rules.scored() && f.getSelfScore() == null) {
            errors.add(new FieldError("selfScore", "field.required"));
        }
        text(errors, "selfSummary", f.getSelfSummary(), MAX_TEXT);
        text(errors, "exemptionReason", f.getExemptionReason(), MAX_REASON);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("membersTotal", f.getMembersTotal());
        counts.put("membersHtxs", f.getMembersHtxs());
        counts.put("membersHtt", f.getMembersHtt());
        counts.put("membersHt", f.getMembersHt());
        counts.put("membersKht", f.getMembersKht());
        counts.put("membersExempted", f.getMembersExempted());
        counts.put("membersNotReviewed", f.getMembersNotReviewed());
        counts.put("cellsHtxs", f.getCellsHtxs());
        counts.put("cellsHtt", f.getCellsHtt());
        counts.put("cellsHt", f.getCellsHt());
        counts.put("cellsKht", f.getCellsKht());
        boolean negative = false;
        for (var c : counts.entrySet()) {
            if (c.getValue() != null && c.getValue() < 0) {
                errors.add(new FieldError(c.getKey(), "field.notNegative"));
                negative |= c.getKey().startsWith("members");
            }
        }
        if (f.getMembersTotal() == null) {
            if (submission) {
                errors.add(new FieldError("membersTotal", "field.required"));
            }
        } else if (!negative && f.membersCounted() != f.getMembersTotal()) {
            errors.add(new FieldError("membersTotal", "rating.breach.COUNTS",
                    Map.of("counted", f.membersCounted(), "total", f.getMembersTotal())));
        }
        if (submission && RatingForm.n(f.getMembersExempted()) + RatingForm.n(f.getMembersNotReviewed()) > 0
                && (f.getExemptionReason() == null || f.getExemptionReason().isBlank())) {
            errors.add(new FieldError("exemptionReason", "rating.exemptionReason.required"));
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < f.getEvidence().size(); i++) {
            RatingForm.Evidence e = f.getEvidence().get(i);
            String at = "evidence[" + i + "]";
            RuleSet.RatingCriterion c = e.getCriterion() == null ? null : rules.collectiveCriterion(e.getCriterion());
            if (c == null || seen.contains(c.code())) {
                errors.add(new FieldError(at + ".criterion", "rating.criterion.unknown"));
                continue;
            }
            seen.add(c.code());
            if (e.getScore() != null && (e.getScore().signum() < 0
                    || (c.maxScore() != null && e.getScore().compareTo(c.maxScore()) > 0) || e.getScore().compareTo(HUNDRED) > 0)) {
                errors.add(new FieldError(at + ".score", "field.tooLarge",
                        Map.of("value", plain(c.maxScore() == null ? HUNDRED : c.maxScore()))));
            }
            text(errors, at + ".text", e.getText(), MAX_TEXT);
        }
        if (submission) {
            for (RuleSet.RatingCriterion c : rules.collectiveCriteria()) {
                boolean given = f.getEvidence().stream().anyMatch(e -> c.code().equals(e.getCriterion())
                        && e.getText() != null && !e.getText().isBlank());
                if (!given) {
                    errors.add(new FieldError("evidence", "rating.evidence.missing", Map.of("criterion", c.nameVi(), "criterionEn", c.nameEn())));
                    break;
                }
            }
        }
        return errors;
    }

    /**
     * What rating the organisation at {@code level} would break: the member quota, the level the rule set has, the
     * cap of a collective with a disciplined member or leader, the score the level needs, the year's report not
     * accepted, the counts that do not add up, and (with its group) the organisation quota.
     */
    public static List<Breach> breaches(RuleSet rules, String level, Figures f, boolean reportAccepted, Group group) {
        List<Breach> breaches = new ArrayList<>();
        if (level != null && !rules.hasLevel(level)) {
            breaches.add(new Breach("LEVEL_UNKNOWN", Map.of("level", level, "ruleSet", rules.code()), false));
            return breaches;
        }
        if (f.membersTotal() != null && f.membersCounted() != null && !f.membersTotal().equals(f.membersCounted())) {
            breaches.add(new Breach("COUNTS", Map.of("counted", f.membersCounted(), "total", f.membersTotal()), false));
        }
        int excellent = RatingForm.n(f.membersExcellent());
        int good = RatingForm.n(f.membersGood());
        int memberMax = quota(rules.memberQuotaPercent(), good);
        if (excellent > memberMax) {
            breaches.add(new Breach("MEMBER_QUOTA", Map.of("excellent", excellent, "good", good, "max", memberMax,
                    "percent", plain(rules.memberQuotaPercent())), true));
        }
        if (level == null) {
            return breaches;
        }
        if ((f.disciplinedMember() || f.disciplinedLeader()) && rules.better(level, rules.disciplinedCap())) {
            breaches.add(new Breach("DISCIPLINE_CAP", Map.of("level", level, "cap", rules.disciplinedCap()), true));
        }
        BigDecimal min = rules.level(level).minScore();
        if (rules.scored() && min != null && f.score() != null && f.score().compareTo(min) < 0) {
            breaches.add(new Breach("SCORE", Map.of("level", level, "score", plain(f.score()), "min", plain(min)), true));
        }
        if (!reportAccepted && rules.better(level, RuleSet.NOT_COMPLETED)) {
            breaches.add(new Breach("REPORT_NOT_ACCEPTED", Map.of("level", level), true));
        }
        if (group != null && RuleSet.EXCELLENT.equals(level)) {
            int groupExcellent = group.excellent() + 1;
            int groupMax = quota(rules.orgQuotaPercent(), group.good());
            if (groupExcellent > groupMax) {
                breaches.add(new Breach("ORG_QUOTA", Map.of("excellent", groupExcellent, "good", group.good(),
                        "max", groupMax, "percent", plain(rules.orgQuotaPercent()), "group", group.name()), true));
            }
        }
        return breaches;
    }

    static FieldError unknownLevel(String field, RuleSet rules, String level) {
        return new FieldError(field, "rating.breach.LEVEL_UNKNOWN", Map.of("level", level, "ruleSet", rules.code()));
    }

    private static void text(List<FieldError> errors, String field, String text, int max) {
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "field.tooLong", Map.of("max", max)));
        }
    }

    /** 20.00 → 20, 87.50 → 87.5. */
    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
