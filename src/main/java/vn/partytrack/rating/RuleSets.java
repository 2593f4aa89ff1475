package vn.partytrack.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rating rule sets as the database holds them, read each time (a handful of rows), so that a rule set an
 * administrator adds or adjusts applies at once.
 */
@ApplicationScoped
@Transactional
public class RuleSets {

    @PersistenceContext
    EntityManager em;

    /** Every rule set, oldest first. */
    public List<RuleSet> all() {
        return load(null);
    }

    /** The rule set a year is rated under, or null when none covers it. */
    public RuleSet forYear(int year) {
        return all().stream().filter(r -> r.appliesTo(year)).findFirst().orElse(null);
    }

    public RuleSet byId(Long id) {
        return load(id).stream().findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<RuleSet> load(Long only) {
        List<Object[]> sets = em.createNativeQuery("""
                        SELECT id, code, name_vi, name_en, sources, from_year, to_year, scored, member_quota_percent,
                               org_quota_percent, quota_group, disciplined_cap, override_allowed
                        FROM rating_rule_set WHERE (?1 = 0 OR id = ?1) ORDER BY from_year, id""")
                .setParameter(1, only == null ? 0L : only).getResultList();
        List<Object[]> levels = em.createNativeQuery(
                "SELECT rule_set_id, code, rank, name_vi, name_en, min_score FROM rating_level ORDER BY rule_set_id, rank").getResultList();
        List<Object[]> criteria = em.createNativeQuery("""
                        SELECT rule_set_id, subject, code, position, name_vi, name_en, max_score FROM rating_criterion
                        ORDER BY rule_set_id, subject, position, code""").getResultList();
        List<Object[]> exemptions = em.createNativeQuery(
                "SELECT rule_set_id, code, name_vi, name_en FROM rating_exemption ORDER BY rule_set_id, code").getResultList();
        List<RuleSet> result = new ArrayList<>();
        for (Object[] s : sets) {
            long id = ((Number) s[0]).longValue();
            result.add(new RuleSet(id, (String) s[1], (String) s[2], (String) s[3], (String) s[4], ((Number) s[5]).intValue(),
                    s[6] == null ? null : ((Number) s[6]).intValue(), (Boolean) s[7], (BigDecimal) s[8], (BigDecimal) s[9],
                    RuleSet.QuotaGroup.valueOf((String) s[10]), (String) s[11], (Boolean) s[12],
                    levels.stream().filter(l -> ((Number) l[0]).longValue() == id)
                            .map(l -> new RuleSet.RatingLevel((String) l[1], ((Number) l[2]).intValue(), (String) l[3], (String) l[4], (BigDecimal) l[5]))
                            .toList(),
                    criteria.stream().filter(c -> ((Number) c[0]).longValue() == id)
                            .map(c -> new RuleSet.RatingCriterion((String) c[1], (String) c[2], ((Number) c[3]).intValue(), (String) c[4],
                                    (String) c[5], (BigDecimal) c[6]))
                            .toList(),
                    exemptions.stream().filter(e -> ((Number) e[0]).longValue() == id)
                            .map(e -> new RuleSet.RatingExemption((String) e[1], (String) e[2], (String) e[3])).toList()));
        }
        return result;
    }
}
