package vn.partytrack.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.organisation.Scope;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.KeptFigures;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Opened;
import vn.partytrack.platform.Page;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.Where;
import vn.partytrack.platform.Writes;
import vn.partytrack.review.ReviewStatus;
import vn.partytrack.review.ReviewStep;
import vn.partytrack.review.Reviews;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rating use cases. A grassroots organisation's secretary writes and submits its self-assessment; the boards'
 * staff return it or appraise it; the standing committee decides; everyone else reads within their reach. Every
 * method checks the caller first; refused input changes nothing.
 */
@ApplicationScoped
@Transactional
public class RatingService implements Reviews<RatingDetails> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    KeptFigures kept;

    @Inject
    RuleSets ruleSets;

    @Inject
    ReviewStep reviews;

    /** The longest decision number. */
    static final int MAX_DECISION_NUMBER = 60;

    // ---- reading

    public List<RuleSet> ruleSets() {
        caller.requireSignedIn();
        return ruleSets.all();
    }

    public RatingDetails get(Long id) {
        Rating rating = find(id);
        caller.requireRead(rating.getOrganisation());
        return details(rating);
    }

    /** Ratings by year and organisation, a page at a time: a secretary sees their own, staff their reach. */
    public Page<RatingRow> list(Integer year, Long organisationId, int offset, int limit) {
        caller.requireSignedIn();
        Where where = new Where().ownOnly(caller.is(Role.SECRETARY), "o.id", caller.organisationId()).reach("o.id", caller.committeePath())
                .andGiven("r.year = :year", "year", year)
                .andGiven("o.id = :organisation", "organisation", organisationId);
        String from = " FROM Rating r JOIN r.organisation o" + where.render();
        Map<Long, RuleSet> byId = new java.util.HashMap<>();
        ruleSets.all().forEach(rs -> byId.put(rs.id(), rs));
        var rows = where.bind(em.createQuery("SELECT r" + from + " ORDER BY r.year DESC, o.name, r.id", Rating.class));
        var count = where.bind(em.createQuery("SELECT COUNT(r)" + from, Long.class));
        List<RatingRow> page = rows.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(r -> row(r, byId.get(r.getRuleSetId()), reportAccepted(r))).toList();
        return new Page<>(page, count.getSingleResult(), offset, limit);
    }

    /** Every grassroots unit of the scope (as the registry stood at the year's end) with its rating; one statement. */
    public RatingTrackerView track(int year, Scope asToday) {
        caller.requireDistrictReader();
        RuleSet rules = year < 2000 || year > 2100 ? null : ruleSets.forYear(year);
        if (rules == null) {
            throw new InvalidInput("year", "rating.year.noRuleSet");
        }
        // kept until a rating, a rule set, a report's status or the registry changes (V25, V31); access checked above
        return kept.get(() -> track(year, asToday, rules), "ratingTracker", year, asToday, Clocks.today(clock));
    }

    private RatingTrackerView track(int year, Scope asToday, RuleSet rules) {
        LocalDate day = standDay(year);
        Scope scope = asToday.at(em, day);
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery("""
                        SELECT o.id, o.code, o.name, r.id, r.status, r.self_level, r.proposed_level, r.decided_level,
                               r.decision_number,
                               coalesce(r.members_htxs, 0) > floor(s.member_quota_percent * coalesce(r.members_htt, 0) / 100),
                               NOT EXISTS (SELECT 1 FROM reporting_period p WHERE p.kind = 'YEAR' AND p.year = ?1)
                               OR EXISTS (SELECT 1 FROM report rp JOIN reporting_period p ON p.id = rp.period_id
                                          WHERE rp.organisation_id = o.id AND p.kind = 'YEAR' AND p.year = ?1
                                            AND rp.status IN ('ACCEPTED', 'LOCKED')),
                               r.decision_date, r.members_total, r.members_htxs, r.members_htt, r.members_ht, r.members_kht,
                               r.members_exempted, r.members_not_reviewed,
                        """ + LevelDistributions.excellentRunning("?1") + """

                        FROM units_at(?4) o
                        JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN bloc b ON b.id = o.bloc_id
                        LEFT JOIN rating r ON r.organisation_id = o.id AND r.year = ?1
                        LEFT JOIN rating_rule_set s ON s.id = r.rule_set_id
                        WHERE (?2 = '' OR b.code = ?2) AND o.path LIKE ?3
                        ORDER BY o.name, o.id""")
                .setParameter(1, year).setParameter(2, scope.bloc()).setParameter(3, scope.under())
                .setParameter(4, Date.valueOf(day)).getResultList();
        List<RatingRow> rows = new ArrayList<>();
        Map<String, Integer> stages = new LinkedHashMap<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        rules.levels().forEach(l -> levels.put(l.code(), 0));
        for (RatingDetails.RatingStage s : RatingDetails.RatingStage.values()) {
            stages.put(s.name(), 0);
        }
        for (Object[] r : result) {
            ReviewStatus status = r[4] == null ? null : ReviewStatus.valueOf((String) r[4]);
            String decided = (String) r[7];
            RatingDetails.RatingStage stage = RatingDetails.RatingStage.of(status, decided != null);
            rows.add(new RatingRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], year,
                    r[3] == null ? null : ((Number) r[3]).longValue(), status, stage, (String) r[5], (String) r[6], decided,
                    (String) r[8], r[11] == null ? null : ((Date) r[11]).toLocalDate(), integer(r[12]), integer(r[13]),
                    integer(r[14]), integer(r[15]), integer(r[16]), integer(r[17]), integer(r[18]),
                    Boolean.TRUE.equals(r[9]), Boolean.TRUE.equals(r[10]), ((Number) r[19]).intValue()));
            stages.merge(stage.name(), 1, Integer::sum);
            if (decided != null) {
                levels.merge(decided, 1, Integer::sum);
            }
        }
        List<RatingTrackerView.YearLevels> previous = new ArrayList<>();
        for (int y = year - 1; y >= year - 2 && y >= 2000; y--) {
            previous.add(new RatingTrackerView.YearLevels(y, decidedLevels(y, asToday)));
        }
        return new RatingTrackerView(year, rules.code(), List.copyOf(rows), stages, levels, List.copyOf(previous));
    }

    /** The levels decided in a year for the units of the scope as the registry stood at that year's end. */
    private Map<String, Integer> decidedLevels(int year, Scope asToday) {
        Scope scope = asToday.at(em, standDay(year));
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("""
                        SELECT r.decided_level, count(*) FROM units_at(?4) o
                        JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN bloc b ON b.id = o.bloc_id
                        JOIN rating r ON r.organisation_id = o.id AND r.year = ?1 AND r.decided_level IS NOT NULL
                        WHERE (?2 = '' OR b.code = ?2) AND o.path LIKE ?3
                        GROUP BY r.decided_level ORDER BY r.decided_level""")
                .setParameter(1, year).setParameter(2, scope.bloc()).setParameter(3, scope.under())
                .setParameter(4, Date.valueOf(standDay(year))).getResultList();
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String l : List.of(RuleSet.EXCELLENT, RuleSet.GOOD, RuleSet.COMPLETED, RuleSet.NOT_COMPLETED)) {
            levels.put(l, 0);
        }
        counts.forEach(c -> levels.put((String) c[0], ((Number) c[1]).intValue()));
        return levels;
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    // ---- the secretary's side

    /**
     * Opens the organisation's rating for a year: the existing one for whoever may read it, or a new draft under the
     * year's rule set for its secretary. Access is decided before the year is looked at.
     */
    public Opened open(Long organisationId, Integer year) {
        if (organisationId == null) {
            throw new InvalidInput("organisationId", "field.required");
        }
        Organisation organisation = reviews.lockOrganisation(organisationId);
        if (organisation == null) {
            throw new NotFound("organisation " + organisationId);
        }
        if (!caller.isSecretaryOf(organisation)) {
            caller.requireRead(organisation);
        }
        RuleSet rules = year == null ? null : ruleSets.forYear(year);
        if (year == null) {
            throw new InvalidInput("year", "field.required");
        } else if (rules == null || year > Clocks.today(clock).getYear()) {
            throw new InvalidInput("year", "rating.year.noRuleSet");
        }
        Rating existing = em.createQuery("SELECT r FROM Rating r WHERE r.organisation = :o AND r.year = :y", Rating.class)
                .setParameter("o", organisation).setParameter("y", year).getResultStream().findFirst().orElse(null);
        return reviews.open(organisation, existing, Rating::getId, false, () -> {
            if (!organisation.getType().isGrassroots()) {
                throw new InvalidInput("organisationId", "rating.notGrassroots");
            }
            return new Rating(organisation, year, rules, caller.auditName(), clock.instant());
        });
    }

    /** Saves the self-assessment, complete or not; malformed values are refused and nothing is saved. */
    public RatingDetails save(Long id, RatingForm form) {
        Rating rating = find(id);
        caller.requireSecretaryOf(rating.getOrganisation());
        write(rating, form, false);
        return details(rating);
    }

    /** Saves the form (when given) and submits, when the self-assessment is complete and valid. */
    public RatingDetails submit(Long id, RatingForm form) {
        return details(reviews.submit(find(id), rating -> {
            if (form != null && form.getVersion() != null) {
                write(rating, form, true);
            } else {
                List<FieldError> errors = RatingChecks.input(rules(rating), rating.form(), true);
                if (!errors.isEmpty()) {
                    throw new InvalidInput(errors);
                }
            }
        }));
    }

    @Override
    public RatingDetails requestUnlock(Long id, String reason) {
        return details(reviews.requestUnlock(find(id), reason));
    }

    // ---- the board's side

    @Override
    public RatingDetails returnForCorrection(Long id, String reason, Long expectedVersion) {
        return details(reviews.returnForCorrection(() -> find(id, expectedVersion), reason));
    }

    /** The board's appraisal: the level it proposes (one of the year's), which accepts the self-assessment. */
    public RatingDetails appraise(Long id, String level, String note, Long expectedVersion) {
        caller.requireStaff();
        Rating rating = find(id, expectedVersion);
        caller.requireRead(rating.getOrganisation());
        RuleSet rules = rules(rating);
        List<FieldError> errors = new ArrayList<>();
        String cleanNote = Text.clean(note);
        if (level == null || level.isBlank()) {
            errors.add(new FieldError("level", "field.required"));
        } else if (!rules.hasLevel(level)) {
            errors.add(RatingChecks.unknownLevel("level", rules, level));
        }
        if (cleanNote != null && cleanNote.length() > ReviewStep.MAX_REASON) {
            errors.add(new FieldError("note", "field.tooLong", Map.of("max", ReviewStep.MAX_REASON)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        rating.appraise(level, cleanNote, caller.auditName(), clock.instant());
        Writes.flush(em, "rating");
        return details(rating);
    }

    @Override
    public RatingDetails decideUnlock(Long id, boolean grant, String comment, Long expectedVersion) {
        return details(reviews.decideUnlock(() -> find(id, expectedVersion), grant, comment));
    }

    @Override
    public RatingDetails comment(Long id, String text) {
        return details(reviews.comment(find(id), text));
    }

    // ---- the standing committee's side

    /**
     * The standing committee's decision: a level of the year's rule set, the decision's number and date, and a
     * reason when the level differs from the proposal or a check is breached (where the rule set lets it decide over
     * a breach). Refused, naming the field, before the appraisal.
     */
    public RatingDetails decide(Long id, String level, String number, LocalDate date, String reason, Long expectedVersion) {
        caller.requireStanding();
        Rating rating = find(id, expectedVersion);
        caller.requireRead(rating.getOrganisation());
        RuleSet rules = rules(rating);
        String cleanNumber = Text.clean(number);
        String cleanReason = Text.clean(reason);
        List<FieldError> errors = new ArrayList<>();
        boolean appraised = rating.getStatus() == ReviewStatus.ACCEPTED && rating.getProposedLevel() != null;
        boolean decidable = false;
        if (level == null || level.isBlank()) {
            errors.add(new FieldError("level", "field.required"));
        } else if (!rules.hasLevel(level)) {
            errors.add(RatingChecks.unknownLevel("level", rules, level));
        } else if (rating.isDecided()) {
            errors.add(new FieldError("level", "rating.alreadyDecided"));
        } else if (!appraised) {
            errors.add(new FieldError("level", "rating.notAppraised"));
        } else {
            decidable = true;
        }
        if (cleanNumber == null) {
            errors.add(new FieldError("decisionNumber", "field.required"));
        } else if (cleanNumber.length() > MAX_DECISION_NUMBER) {
            errors.add(new FieldError("decisionNumber", "field.tooLong", Map.of("max", MAX_DECISION_NUMBER)));
        }
        if (date == null) {
            errors.add(new FieldError("decisionDate", "field.required"));
        } else if (date.getYear() < rating.getYear() || date.isAfter(Clocks.today(clock))) {
            errors.add(new FieldError("decisionDate", "rating.decisionDate.range", Map.of("year", rating.getYear())));
        }
        if (cleanReason != null && cleanReason.length() > ReviewStep.MAX_REASON) {
            errors.add(new FieldError("reason", "field.tooLong", Map.of("max", ReviewStep.MAX_REASON)));
        }
        if (decidable) {
            if (cleanReason == null && !level.equals(rating.getProposedLevel())) {
                errors.add(new FieldError("reason", "rating.reason.differs", Map.of("proposed", rating.getProposedLevel(), "level", level)));
            }
            for (Breach b : breaches(rating, rules, level)) {
                if (!b.overridable() || !rules.overrideAllowed()) {
                    errors.add(b.on("level"));
                } else if (cleanReason == null) {
                    errors.add(b.on("reason"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        rating.decide(level, cleanNumber, date, cleanReason, caller.auditName(), clock.instant());
        Writes.flush(em, "rating");
        return details(rating);
    }

    // ---- internals

    private void write(Rating rating, RatingForm form, boolean submission) {
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        if (form.getVersion() != rating.getVersion()) {
            throw new ConcurrentEdit("rating " + rating.getId() + " changed since version " + form.getVersion());
        }
        form.setSelfLevel(Text.clean(form.getSelfLevel()));
        form.setSelfSummary(Text.clean(form.getSelfSummary()));
        form.setExemptionReason(Text.clean(form.getExemptionReason()));
        form.getEvidence().removeIf(e -> e == null);
        form.getEvidence().forEach(e -> {
            e.setCriterion(Text.clean(e.getCriterion()));
            e.setText(Text.clean(e.getText()));
        });
        List<FieldError> errors = RatingChecks.input(rules(rating), form, submission);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        rating.edit(form, clock.instant());
        Writes.flush(em, "rating");
    }

    private RuleSet rules(Rating rating) {
        RuleSet rules = ruleSets.byId(rating.getRuleSetId());
        if (rules == null) {
            throw new NotFound("rule set " + rating.getRuleSetId());
        }
        return rules;
    }

    /** The checks for {@code level} (null: the level now in question) with the group and the year's report. */
    List<Breach> breaches(Rating rating, RuleSet rules, String level) {
        RatingForm f = rating.form();
        return RatingChecks.breaches(rules, level, RatingChecks.Figures.of(f), reportAccepted(rating), group(rating, rules));
    }

    /** The organisation's report for the year was accepted; a year without a yearly reporting period has none to check. */
    private boolean reportAccepted(Rating rating) {
        return ((Number) em.createNativeQuery("""
                        SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM reporting_period p WHERE p.kind = 'YEAR' AND p.year = ?2)
                                      OR EXISTS (SELECT 1 FROM report rp JOIN reporting_period p ON p.id = rp.period_id
                                                 WHERE rp.organisation_id = ?1 AND p.kind = 'YEAR' AND p.year = ?2
                                                   AND rp.status IN ('ACCEPTED', 'LOCKED')) THEN 1 ELSE 0 END""")
                .setParameter(1, rating.getOrganisation().getId()).setParameter(2, rating.getYear()).getSingleResult()).intValue() == 1;
    }

    /**
     * The other units of the organisation's group at the year's end (under the same committee, and of the same bloc
     * when the rule set groups by bloc), counted by their decided level, else the proposed one.
     */
    private RatingChecks.Group group(Rating rating, RuleSet rules) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        SELECT p.name, b.name_vi,
                               count(*) FILTER (WHERE coalesce(r.decided_level, r.proposed_level) = 'HTXS'),
                               count(*) FILTER (WHERE coalesce(r.decided_level, r.proposed_level) = 'HTT')
                        FROM units_at(?1) me
                        LEFT JOIN organisation p ON p.id = me.parent_id
                        LEFT JOIN bloc b ON b.id = me.bloc_id
                        LEFT JOIN units_at(?1) o ON o.parent_id = me.parent_id AND o.id <> me.id
                             AND (?3 = false OR o.bloc_id IS NOT DISTINCT FROM me.bloc_id)
                        LEFT JOIN rating r ON r.organisation_id = o.id AND r.year = ?4
                        WHERE me.id = ?2
                        GROUP BY p.name, b.name_vi""")
                .setParameter(1, Date.valueOf(standDay(rating.getYear()))).setParameter(2, rating.getOrganisation().getId())
                .setParameter(3, rules.quotaGroup() == RuleSet.QuotaGroup.BLOC).setParameter(4, rating.getYear())
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object[] g = found.get(0);
        String name = g[0] == null ? "" : (String) g[0];
        if (rules.quotaGroup() == RuleSet.QuotaGroup.BLOC && g[1] != null) {
            name = name + " — " + g[1];
        }
        return new RatingChecks.Group(name, ((Number) g[2]).intValue(), ((Number) g[3]).intValue());
    }

    /** The registry as it stood at the year's end, or today during the year. */
    private LocalDate standDay(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = Clocks.today(clock);
        return end.isAfter(today) ? today : end;
    }

    private Rating find(Long id, Long expectedVersion) {
        return Records.find(em, Rating.class, id, expectedVersion, Rating::getVersion, "rating");
    }

    private Rating find(Long id) {
        return Records.find(em, Rating.class, id, "rating");
    }

    static RatingRow row(Rating r, RuleSet rules, boolean reportAccepted) {
        Organisation o = r.getOrganisation();
        RatingForm f = r.form();
        return new RatingRow(o.getId(), o.getCode(), o.getName(), r.getYear(), r.getId(), r.getStatus(),
                RatingDetails.RatingStage.of(r.getStatus(), r.isDecided()), r.getSelfLevel(), r.getProposedLevel(),
                r.getDecidedLevel(), r.getDecisionNumber(), r.getDecisionDate(), f.getMembersTotal(), f.getMembersHtxs(),
                f.getMembersHtt(), f.getMembersHt(), f.getMembersKht(), f.getMembersExempted(), f.getMembersNotReviewed(),
                RatingForm.n(f.getMembersHtxs()) > RatingChecks.quota(rules.memberQuotaPercent(), RatingForm.n(f.getMembersHtt())),
                reportAccepted, 0);
    }

    private RatingDetails details(Rating r) {
        Organisation o = r.getOrganisation();
        RuleSet rules = rules(r);
        String inQuestion = r.getDecidedLevel() != null ? r.getDecidedLevel()
                : r.getProposedLevel() != null ? r.getProposedLevel() : r.getSelfLevel();
        boolean reportAccepted = reportAccepted(r);
        List<RatingDetails.RatingCheck> checks = breaches(r, rules, inQuestion).stream().map(b -> new RatingDetails.RatingCheck(b.rule(),
                b.overridable() && rules.overrideAllowed(), Messages.text(Messages.VIETNAMESE, b.messageKey(), b.arguments()),
                Messages.text(Locale.ENGLISH, b.messageKey(), b.arguments()))).toList();
        boolean secretary = caller.isSecretaryOf(o);
        boolean staff = caller.is(Role.STAFF);
        ReviewStatus status = r.getStatus();
        boolean editable = secretary && status.editable();
        RatingDetails.RatingActions actions = new RatingDetails.RatingActions(editable, editable, staff && status.awaitingReview(),
                staff && status.awaitingReview(), caller.is(Role.STANDING) && status == ReviewStatus.ACCEPTED && !r.isDecided(),
                secretary && status.accepted() && !r.isDecided() && r.getReview().unlockRequestedAt() == null,
                staff && r.getReview().unlockRequestedAt() != null, staff || secretary);
        return new RatingDetails(r.getId(), o.getId(), o.getCode(), o.getName(), r.getYear(), rules.code(), rules.nameVi(), status,
                RatingDetails.RatingStage.of(status, r.isDecided()), r.getVersion(), r.form(), r.getProposedLevel(), r.getAppraisalNote(),
                r.getAppraisedBy(), r.getAppraisedAt(), r.getDecidedLevel(), r.getDecisionNumber(), r.getDecisionDate(),
                r.getDecisionReason(), r.getDecidedBy(), r.getDecidedAt(), reportAccepted, checks, r.lastReturnReason(),
                r.getReview().unlockRequestedAt(), r.getReview().unlockReason(), r.history(), actions);
    }
}
