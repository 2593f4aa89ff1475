package vn.partytrack.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.account.Role;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.Records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the units stand in a term's congresses: the progress table, who is stuck, the pilots first. */
@ApplicationScoped
@Transactional
public class CongressProgressQuery {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    CongressTerms terms;

    @Inject
    OrganisationService organisations;

    /**
     * The congress progress of a term across the grassroots organisations of a bloc (all blocs when null) as they
     * stood at the term's deadline for grassroots congresses (today's units while it is ahead), with what has happened
     * until today.
     */
    public CongressProgress progress(Long termId, String blocCode) {
        return progress(termId, blocCode, null);
    }

    /**
     * The congress progress of a term for a period (none: as {@link #progress(Long, String)}): the units as they
     * stood at the period's cut-off, and only the congresses held and the stages reached by the period's end.
     */
    public CongressProgress progress(Long termId, String blocCode, Long periodId) {
        caller.requireDistrictReader();
        CongressTerm term = Records.find(em, CongressTerm.class, termId, "term");
        LocalDate today = Clocks.today(clock);
        LocalDate stand = term.getGrassrootsDeadline();
        LocalDate asOf = today;
        if (periodId != null) {
            ReportingPeriod period = Records.find(em, ReportingPeriod.class, periodId, "period");
            stand = period.standDate();
            asOf = period.asOf(today);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> units = em.createNativeQuery("""
                        SELECT o.id, o.code, o.name, s.code FROM units_at(?1) o
                        JOIN organisation_type t ON t.id = o.type_id AND t.grassroots
                        LEFT JOIN bloc b ON b.id = o.bloc_id LEFT JOIN sector s ON s.id = o.sector_id
                        WHERE (?2 = '' OR b.code = ?2) AND o.path LIKE ?3
                        ORDER BY o.name""")
                .setParameter(1, java.sql.Date.valueOf(stand)).setParameter(2, blocCode == null ? "" : blocCode)
                // a committee's staff see the units under their committee as it stood then; others every unit
                .setParameter(3, organisations.scope(blocCode, null).at(em, stand).under()).getResultList();
        Map<Long, Congress> byUnit = new HashMap<>();
        em.createQuery("SELECT DISTINCT c FROM Congress c JOIN FETCH c.organisation LEFT JOIN FETCH c.stages WHERE c.term = :t", Congress.class)
                .setParameter("t", term).getResultStream().forEach(c -> byUnit.put(c.getOrganisation().getId(), c));
        List<CongressRow> rows = new ArrayList<>();
        Map<String, Integer> atStage = new LinkedHashMap<>();
        atStage.put("", 0);
        terms.stages().forEach(s -> atStage.put(s.getCode(), 0));
        int held = 0, onSchedule = 0, pilots = 0;
        for (Object[] u : units) {
            Long id = ((Number) u[0]).longValue();
            CongressRow row = row(id, (String) u[1], (String) u[2], (String) u[3], byUnit.get(id), term, asOf);
            rows.add(row);
            atStage.merge(row.currentStage(), 1, Integer::sum);
            held += row.schedule().held() ? 1 : 0;
            onSchedule += row.schedule().onSchedule() ? 1 : 0;
            pilots += row.pilot() ? 1 : 0;
        }
        rows.sort(Comparator.comparing((CongressRow r) -> !r.pilot()));
        return new CongressProgress(term.getId(), rows, units.size(), held, onSchedule, pilots, atStage);
    }

    /** Congresses of a term within the caller's scope, for the API: a secretary gets their own unit's row. */
    public List<CongressRow> list(Long termId) {
        if (!caller.is(Role.SECRETARY)) {
            return progress(termId, null).rows();
        }
        CongressTerm term = Records.find(em, CongressTerm.class, termId, "term");
        Organisation own = em.find(Organisation.class, caller.organisationId());
        Congress c = em.createQuery("SELECT c FROM Congress c WHERE c.organisation = :o AND c.term = :t", Congress.class)
                .setParameter("o", own).setParameter("t", term).getResultStream().findFirst().orElse(null);
        return List.of(row(own.getId(), own.getCode(), own.getName(), own.getSector() == null ? null : own.getSector().getCode(), c, term,
                Clocks.today(clock)));
    }

    /** A unit's row as things stood on a day ({@code asOf}): later sessions, stages and reviews are not seen. */
    private CongressRow row(Long id, String code, String name, String sector, Congress c, CongressTerm term, LocalDate asOf) {
        LocalDate heldFrom = c == null || c.getHeldFrom() == null || c.getHeldFrom().isAfter(asOf) ? null : c.getHeldFrom();
        Schedule schedule = Schedule.of(c == null ? null : c.getPlannedDate(), heldFrom, term.getGrassrootsDeadline(), asOf);
        CongressStageRecord current = c == null ? null : c.getStages().stream()
                .filter(r -> r.reached() && r.getCompletedOn() != null && !r.getCompletedOn().isAfter(asOf))
                .max(Comparator.comparingInt(r -> r.getStage().getSortOrder())).orElse(null);
        String stage = current == null ? "" : current.getStage().getCode();
        LocalDate since = current == null ? null : current.getCompletedOn();
        long days = since == null ? 0 : ChronoUnit.DAYS.between(since, asOf);
        boolean finished = CongressStage.ARCHIVED.equals(stage);
        boolean stuck = !finished && (since == null ? asOf.isAfter(term.getGrassrootsDeadline()) : days > terms.stuckDays());
        boolean awaiting = c != null && c.getStages().stream().anyMatch(r -> r.getReview().status().awaitingReview());
        return new CongressRow(id, code, name, sector, c == null ? null : c.getId(), c != null && c.isPilot(), c == null ? null : c.getForm(),
                c == null ? null : c.getPlannedDate(), heldFrom, schedule, stage, since, days, stuck, awaiting);
    }
}
