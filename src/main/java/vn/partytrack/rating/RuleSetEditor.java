package vn.partytrack.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Text;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's changes to the rating rules without a release: a new year's rule set, copied from an earlier
 * one (the set that covered that year then ends the year before), and the thresholds of a rule set under which no
 * rating has been decided (the quotas, the disciplined cap, whether the standing committee may decide over a breach,
 * the levels' minimum scores, its names). What a decided year was rated under never changes: 409, with the reason.
 */
@ApplicationScoped
@Transactional
public class RuleSetEditor {

    /** A rule set as the editor shows it: the rules, the version to send back, and whether it is frozen (and why). */
    public record Editable(RuleSet rules, long version, int decidedRatings) implements Serializable {
        public boolean frozen() {
            return decidedRatings > 0;
        }
    }

    /** The thresholds an administrator adjusts, with the version read. */
    public record Thresholds(Long version, String nameVi, String nameEn, String sources, BigDecimal memberQuotaPercent,
                             BigDecimal orgQuotaPercent, String quotaGroup, String disciplinedCap, Boolean overrideAllowed,
                             Map<String, BigDecimal> minScores) implements Serializable {
    }

    /** A new year's rule set: the one it copies, its code, first year and names (the copy's when blank). */
    public record NewRuleSet(String copyOf, String code, Integer fromYear, String nameVi, String nameEn, String sources)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    RuleSets ruleSets;

    /** The rule sets, oldest first, for the administrator's page. */
    public List<RuleSet> list() {
        caller.requireAdmin();
        return ruleSets.all();
    }

    /** Every signed-in user may read the rules. */
    public Editable get(String code) {
        caller.requireSignedIn();
        RuleSet rules = ruleSets.all().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(() -> new NotFound("rule set " + code));
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT s.version, (SELECT count(*) FROM rating r WHERE r.rule_set_id = s.id AND r.decided_level IS NOT NULL)
                        FROM rating_rule_set s WHERE s.id = ?1""").setParameter(1, rules.id()).getSingleResult();
        return new Editable(rules, ((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }

    public Editable adjust(String code, Thresholds t) {
        caller.requireAdmin();
        Editable current = get(code);
        if (t == null || t.version() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        if (current.frozen()) {
            throw new IllegalTransition("rating.ruleSet.frozen");
        }
        RuleSet rules = current.rules();
        List<FieldError> errors = new ArrayList<>();
        String nameVi = name("nameVi", t.nameVi(), rules.nameVi(), 300, errors);
        String nameEn = name("nameEn", t.nameEn(), rules.nameEn(), 300, errors);
        String sources = name("sources", t.sources(), rules.sources(), 500, errors);
        BigDecimal member = percent("memberQuotaPercent", t.memberQuotaPercent(), rules.memberQuotaPercent(), errors);
        BigDecimal org = percent("orgQuotaPercent", t.orgQuotaPercent(), rules.orgQuotaPercent(), errors);
        String group = t.quotaGroup() == null ? rules.quotaGroup().name() : t.quotaGroup();
        if (!List.of("COMMITTEE", "BLOC").contains(group)) {
            errors.add(new FieldError("quotaGroup", "rating.ruleSet.quotaGroup"));
        }
        String cap = t.disciplinedCap() == null ? rules.disciplinedCap() : t.disciplinedCap();
        if (!rules.hasLevel(cap)) {
            errors.add(RatingChecks.unknownLevel("disciplinedCap", rules, cap));
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        BigDecimal above = null;
        for (RuleSet.RatingLevel l : rules.levels()) {
            BigDecimal score = t.minScores() != null && t.minScores().containsKey(l.code()) ? t.minScores().get(l.code()) : l.minScore();
            String field = "minScores." + l.code();
            if (score != null && (!rules.scored() || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
                errors.add(new FieldError(field, rules.scored() ? "rating.ruleSet.score" : "rating.ruleSet.notScored"));
            } else if (score != null && above != null && score.compareTo(above) >= 0) {
                errors.add(new FieldError(field, "rating.ruleSet.scoreOrder"));
            }
            if (score != null) {
                above = score;
            }
            scores.put(l.code(), score);
        }
        if (t.minScores() != null) {
            t.minScores().keySet().stream().filter(k -> !rules.hasLevel(k)).findFirst()
                    .ifPresent(k -> errors.add(RatingChecks.unknownLevel("minScores", rules, k)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int changed = em.createNativeQuery("""
                        UPDATE rating_rule_set SET name_vi = ?3, name_en = ?4, sources = ?5, member_quota_percent = ?6,
                            org_quota_percent = ?7, quota_group = ?8, disciplined_cap = ?9, override_allowed = ?10, version = version + 1
                        WHERE id = ?1 AND version = ?2""")
                .setParameter(1, rules.id()).setParameter(2, t.version()).setParameter(3, nameVi).setParameter(4, nameEn)
                .setParameter(5, sources).setParameter(6, member).setParameter(7, org).setParameter(8, group).setParameter(9, cap)
                .setParameter(10, t.overrideAllowed() == null ? rules.overrideAllowed() : t.overrideAllowed()).executeUpdate();
        if (changed == 0) {
            throw new ConcurrentEdit("rule set " + code + " changed since version " + t.version());
        }
        scores.forEach((level, score) -> em.createNativeQuery("UPDATE rating_level SET min_score = CAST(?3 AS numeric) WHERE rule_set_id = ?1 AND code = ?2")
                .setParameter(1, rules.id()).setParameter(2, level).setParameter(3, score).executeUpdate());
        Editable after = get(code);
        audit.record(caller.auditName(), "RATING_RULE_SET", rules.id(), "UPDATE", snapshot(rules), snapshot(after.rules()));
        return after;
    }

    /**
     * Adds a year's rule set as a copy of another (levels, criteria, exemptions, thresholds). The rule set that covered
     * that year ends the year before; refused when a rating of that year or later was already made under it.
     */
    public Editable create(NewRuleSet n) {
        caller.requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        RuleSet source = n == null || n.copyOf() == null ? null
                : ruleSets.all().stream().filter(r -> r.code().equals(n.copyOf())).findFirst().orElse(null);
        if (source == null) {
            errors.add(new FieldError("copyOf", n == null || n.copyOf() == null ? "field.required" : "rating.ruleSet.unknown"));
        }
        String code = n == null ? null : Text.clean(n.code());
        if (code == null) {
            errors.add(new FieldError("code", "field.required"));
        } else if (!code.matches("[A-Z0-9][A-Z0-9-]{2,29}")) {
            errors.add(new FieldError("code", "rating.ruleSet.code"));
        } else if (ruleSets.all().stream().anyMatch(r -> r.code().equals(code))) {
            errors.add(new FieldError("code", "rating.ruleSet.codeTaken"));
        }
        Integer from = n == null ? null : n.fromYear();
        if (from == null) {
            errors.add(new FieldError("fromYear", "field.required"));
        } else if (from < 2000 || from > 2100) {
            errors.add(new FieldError("fromYear", "rating.year.noRuleSet"));
        } else if (ruleSets.all().stream().anyMatch(r -> r.fromYear() == from)) {
            errors.add(new FieldError("fromYear", "rating.ruleSet.yearTaken"));
        }
        String nameVi = source == null ? null : name("nameVi", n.nameVi(), source.nameVi(), 300, errors);
        String nameEn = source == null ? null : name("nameEn", n.nameEn(), source.nameEn(), 300, errors);
        String sources = source == null ? null : name("sources", n.sources(), source.sources(), 500, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        RuleSet covering = ruleSets.forYear(from);
        Integer to = ruleSets.all().stream().filter(r -> r.fromYear() > from).map(r -> r.fromYear() - 1).min(Integer::compare).orElse(null);
        if (covering != null) {
            long used = ((Number) em.createNativeQuery("SELECT count(*) FROM rating WHERE rule_set_id = ?1 AND year >= ?2")
                    .setParameter(1, covering.id()).setParameter(2, from).getSingleResult()).longValue();
            if (used > 0) {
                throw new IllegalTransition("rating.ruleSet.yearsInUse");
            }
            em.createNativeQuery("UPDATE rating_rule_set SET to_year = ?2, version = version + 1 WHERE id = ?1")
                    .setParameter(1, covering.id()).setParameter(2, from - 1).executeUpdate();
        }
        long id = ((Number) em.createNativeQuery("""
                        INSERT INTO rating_rule_set (code, name_vi, name_en, sources, from_year, to_year, scored, member_quota_percent,
                                                     org_quota_percent, quota_group, disciplined_cap, override_allowed)
                        SELECT ?2, ?3, ?4, ?5, ?6, CAST(?7 AS int), scored, member_quota_percent, org_quota_percent, quota_group, disciplined_cap,
                               override_allowed FROM rating_rule_set WHERE id = ?1 RETURNING id""")
                .setParameter(1, source.id()).setParameter(2, code).setParameter(3, nameVi).setParameter(4, nameEn)
                .setParameter(5, sources).setParameter(6, from).setParameter(7, to).getSingleResult()).longValue();
        for (String copy : List.of(
                "INSERT INTO rating_level (rule_set_id, code, rank, name_vi, name_en, min_score) SELECT ?2, code, rank, name_vi, name_en, min_score FROM rating_level WHERE rule_set_id = ?1",
                "INSERT INTO rating_criterion (rule_set_id, subject, code, position, name_vi, name_en, max_score) SELECT ?2, subject, code, position, name_vi, name_en, max_score FROM rating_criterion WHERE rule_set_id = ?1",
                "INSERT INTO rating_exemption (rule_set_id, code, name_vi, name_en) SELECT ?2, code, name_vi, name_en FROM rating_exemption WHERE rule_set_id = ?1")) {
            em.createNativeQuery(copy).setParameter(1, source.id()).setParameter(2, id).executeUpdate();
        }
        Editable created = get(code);
        audit.record(caller.auditName(), "RATING_RULE_SET", id, "CREATE", null, snapshot(created.rules()));
        return created;
    }

    private static String name(String field, String given, String current, int max, List<FieldError> errors) {
        if (given == null) {
            return current;
        }
        String clean = Text.clean(given);
        if (clean == null) {
            errors.add(new FieldError(field, "field.required"));
        } else if (clean.length() > max) {
            errors.add(new FieldError(field, "field.tooLong", Map.of("max", max)));
        }
        return clean;
    }

    private static BigDecimal percent(String field, BigDecimal given, BigDecimal current, List<FieldError> errors) {
        if (given == null) {
            return current;
        }
        if (given.signum() < 0 || given.compareTo(BigDecimal.valueOf(100)) > 0 || given.scale() > 2) {
            errors.add(new FieldError(field, "rating.ruleSet.percent"));
        }
        return given;
    }

    private static Map<String, Object> snapshot(RuleSet r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("fromYear", r.fromYear());
        m.put("toYear", r.toYear());
        m.put("memberQuotaPercent", r.memberQuotaPercent());
        m.put("orgQuotaPercent", r.orgQuotaPercent());
        m.put("quotaGroup", r.quotaGroup().name());
        m.put("disciplinedCap", r.disciplinedCap());
        m.put("overrideAllowed", r.overrideAllowed());
        r.levels().forEach(l -> m.put("minScore." + l.code(), l.minScore()));
        return m;
    }
}
