package vn.partytrack.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.period.PeriodKind;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Messages;
import vn.partytrack.rating.LevelDistributions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm …" of a committee (or
 * one of its blocs), written from the decided ratings of the year in the Party document layout of the synthesis: the
 * same committee profile, the same units (as the registry stood at the year's end, or today for the year under way)
 * and the same {@link DocumentWriter}.
 */
@ApplicationScoped
@Transactional
public class RatingReport {

    private static final String[] LEVELS = {"HTXS", "HTT", "HT", "KHT"};

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OrganisationService organisations;

    /** The figures a report's sentences are made of. */
    record Figures(int units, int[] levels, List<String> undecided, List<Map.Entry<String, Integer>> excellentRunning,
                   List<String> notCompleted, int[] members, long exempted, long notReviewed, List<String> quotaExceeded,
                   long membersOfUnits) {
    }

    /** The report of a year for a bloc (empty: the whole committee) and a committee (empty: the single profiled one). */
    public SynthesisDocument draft(Integer year, String blocCode, Long committeeId) {
        caller.requireDistrictReader();
        if (caller.committeePath() != null) {
            committeeId = organisations.scope(blocCode, committeeId).committeeId();
        }
        LocalDate today = Clocks.today(clock);
        if (year == null) {
            throw new InvalidInput("year", "field.required");
        }
        if (year < 2000 || year > today.getYear()) {
            throw new InvalidInput("year", "rating.year.noRuleSet");
        }
        PeriodScope scope = PeriodScope.of(em, year(year, today), blocCode, committeeId);
        Figures f = figures(scope, year);
        String scopeName = scope.scopeName(em);

        List<SynthesisDocument.Section> sections = new ArrayList<>();
        sections.add(new SynthesisDocument.Section(vi("rating.doc.situation"), "Tính đến ngày " + Sentences.date(scope.period.cutoffDate()) + ", "
                + scopeName + " có " + Sentences.number(f.units()) + " tổ chức cơ sở đảng với " + Sentences.number(f.membersOfUnits())
                + " đảng viên. Việc kiểm điểm, đánh giá, xếp loại chất lượng năm " + year + " được thực hiện theo " + ruleSetName(year) + "."));
        StringBuilder organisationsText = new StringBuilder(Sentences.ratedOrganisations(f.units(), f.levels(), f.undecided()));
        int[] previous = previousLevels(year - 1, blocCode, committeeId, today);
        if (previous != null && java.util.Arrays.stream(previous).sum() > 0) {
            organisationsText.append('\n').append(Sentences.againstPreviousYear(year - 1, f.levels(), previous));
        }
        organisationsText.append('\n').append(Sentences.excellentRunning(f.excellentRunning()));
        organisationsText.append('\n').append(Sentences.notCompleted(f.notCompleted()));
        sections.add(new SynthesisDocument.Section(vi("rating.doc.organisations"), organisationsText.toString()));
        sections.add(new SynthesisDocument.Section(vi("rating.doc.members"), Sentences.ratedMembers(f.members(), f.exempted(), f.notReviewed())
                + "\n" + Sentences.memberQuota(quotaPercent(year), f.quotaExceeded())));
        return scope.document(vi("synthesis.doc.kind"), vi("rating.doc.subtitle") + " " + year + (scope.bloc.isEmpty() ? "" : " (" + scopeName + ")"),
                sections, today);
    }

    /** The figures of the units in scope: their decided levels, the members' levels as the rated units counted them. */
    Figures figures(PeriodScope scope, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("WITH s AS (" + PeriodScope.UNITS + """
                        ) SELECT o.name, r.decided_level, coalesce(r.members_htxs, 0), coalesce(r.members_htt, 0), coalesce(r.members_ht, 0),
                                 coalesce(r.members_kht, 0), coalesce(r.members_exempted, 0), coalesce(r.members_not_reviewed, 0),
                                 coalesce(r.members_htxs, 0) > floor(rs.member_quota_percent * coalesce(r.members_htt, 0) / 100),
                        """ + LevelDistributions.excellentRunning("?4") + """
                                 , o.members_total
                        FROM s o
                        LEFT JOIN rating r ON r.organisation_id = o.id AND r.year = ?4
                        LEFT JOIN rating_rule_set rs ON rs.id = r.rule_set_id
                        ORDER BY o.name COLLATE "vi-x-icu", o.id""")).setParameter(4, year).getResultList();
        int[] levels = new int[4];
        int[] members = new int[4];
        long exempted = 0, notReviewed = 0, membersOfUnits = 0;
        List<String> undecided = new ArrayList<>(), notCompleted = new ArrayList<>(), quotaExceeded = new ArrayList<>();
        List<Map.Entry<String, Integer>> running = new ArrayList<>();
        for (Object[] r : rows) {
            String name = (String) r[0];
            String level = (String) r[1];
            membersOfUnits += ((Number) r[10]).longValue();
            if (level == null) {
                undecided.add(name);
                continue;
            }
            levels[List.of(LEVELS).indexOf(level)]++;
            for (int i = 0; i < 4; i++) {
                members[i] += ((Number) r[2 + i]).intValue();
            }
            exempted += ((Number) r[6]).longValue();
            notReviewed += ((Number) r[7]).longValue();
            if (Boolean.TRUE.equals(r[8])) {
                quotaExceeded.add(name);
            }
            int years = ((Number) r[9]).intValue();
            if (years >= 2) {
                running.add(Map.entry(name, years));
            }
            if ("KHT".equals(level)) {
                notCompleted.add(name);
            }
        }
        running.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return new Figures(rows.size(), levels, undecided, running, notCompleted, members, exempted, notReviewed, quotaExceeded, membersOfUnits);
    }

    /** The decided levels of the year before, for the same bloc and committee as they stood then; null when it had no profile. */
    private int[] previousLevels(int year, String blocCode, Long committeeId, LocalDate today) {
        try {
            return figures(PeriodScope.of(em, year(year, today), blocCode, committeeId), year).levels();
        } catch (InvalidInput e) {
            return null;
        }
    }

    /** A rated year as a period: the units at its end (or today, for the year under way). */
    static PeriodRow year(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return new PeriodRow(null, "RATING-" + year, PeriodKind.YEAR, year, "Năm " + year, "Year " + year, LocalDate.of(year, 1, 1), end,
                end.isAfter(today) ? today : end, end, false, 0);
    }

    private String ruleSetName(int year) {
        return ruleSet(year, "name_vi").map(Object::toString).orElse("quy định của năm");
    }

    private String quotaPercent(int year) {
        return ruleSet(year, "member_quota_percent").map(p -> ((BigDecimal) p).stripTrailingZeros().toPlainString()).orElse("20");
    }

    private java.util.Optional<Object> ruleSet(int year, String column) {
        return em.createNativeQuery("SELECT " + column + " FROM rating_rule_set WHERE from_year <= ?1 AND (to_year IS NULL OR ?1 <= to_year)")
                .setParameter(1, year).getResultStream().findFirst();
    }

    private static String vi(String key) {
        return Messages.text(Messages.VIETNAMESE, key);
    }
}
