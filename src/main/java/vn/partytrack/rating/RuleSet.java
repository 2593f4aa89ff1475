package vn.partytrack.rating;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rules a year is rated under (QĐ 132, QĐ 124, QĐ 366…), as the database holds them: its levels best first,
 * its criteria for collectives and members, its exemptions and its quota rule. Data, not code: an administrator adds
 * one for a new year; one under which a rating was decided does not change any more.
 */
public record RuleSet(Long id, String code, String nameVi, String nameEn, String sources, int fromYear, Integer toYear,
                      boolean scored, BigDecimal memberQuotaPercent, BigDecimal orgQuotaPercent, QuotaGroup quotaGroup,
                      String disciplinedCap, boolean overrideAllowed, List<RatingLevel> levels, List<RatingCriterion> criteria,
                      List<RatingExemption> exemptions) implements Serializable {

    /** The best level, "Hoàn thành xuất sắc nhiệm vụ", which the quotas limit. */
    public static final String EXCELLENT = "HTXS";
    /** "Hoàn thành tốt nhiệm vụ", the level the quotas count against. */
    public static final String GOOD = "HTT";
    public static final String COMPLETED = "HT";
    public static final String NOT_COMPLETED = "KHT";

    /** What the organisation quota counts in: the units under one committee, or one bloc's units under it. */
    public enum QuotaGroup { COMMITTEE, BLOC }

    public record RatingLevel(String code, int rank, String nameVi, String nameEn, BigDecimal minScore) implements Serializable {
        public String name(java.util.Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    public record RatingCriterion(String subject, String code, int position, String nameVi, String nameEn, BigDecimal maxScore)
            implements Serializable {
        public String name(java.util.Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    public record RatingExemption(String code, String nameVi, String nameEn) implements Serializable {
    }

    public boolean appliesTo(int year) {
        return fromYear <= year && (toYear == null || year <= toYear);
    }

    public boolean hasLevel(String code) {
        return level(code) != null;
    }

    public RatingLevel level(String code) {
        return code == null ? null : levels.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }

    /** 1 for the best level; a level this rule set does not have ranks after all of them. */
    public int rank(String code) {
        RatingLevel l = level(code);
        return l == null ? Integer.MAX_VALUE : l.rank();
    }

    /** Whether {@code a} is a better level than {@code b}. */
    public boolean better(String a, String b) {
        return rank(a) < rank(b);
    }

    public List<RatingCriterion> collectiveCriteria() {
        return criteria.stream().filter(c -> c.subject().equals("COLLECTIVE")).toList();
    }

    public RatingCriterion collectiveCriterion(String code) {
        return collectiveCriteria().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }
}
