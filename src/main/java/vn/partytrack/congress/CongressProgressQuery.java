package vn.partytrack.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.organisation.Organisation;
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

    /** The congress progress of a term across the active grassroots organisations of a bloc (all blocs when null). */
    public CongressProgress progress(Long termId, String blocCode) {
        caller.requireDistrictReader();
        CongressTerm term = Records.find(em, CongressTerm.class, termId, "term");
        String bloc = blocCode == null ? "" : blocCode;
        List<Organisation> units = em.createQuery("""
                        SELECT o FROM Organisation o JOIN o.type t LEFT JOIN o.bloc b LEFT JOIN FETCH o.sector
                        WHERE o.active = true AND t.grassroots = true AND (:bloc = '' OR b.code = :bloc)
                        ORDER BY o.name""", Organisation.class).setParameter("bloc", bloc).getResultList();
        Map<Long, Congress> byUnit = new HashMap<>();
        em.createQuery("SELECT DISTINCT c FROM Congress c JOIN FETCH c.organisation LEFT JOIN FETCH c.stages WHERE c.term = :t", Congress.class)
                .setParameter("t", term).getResultStream().forEach(c -> byUnit.put(c.getOrganisation().getId(), c));
        LocalDate today = Clocks.today(clock);
        List<CongressRow> rows = new ArrayList<>();
        Map<String, Integer> atStage = new LinkedHashMap<>();
        atStage.put("", 0);
        terms.stages().forEach(s -> atStage.put(s.getCode(), 0));
        int held = 0, onSchedule = 0, pilots = 0;
        for (Organisation o : units) {
            Congress c = byUnit.get(o.getId());
            CongressRow row = row(o, c, term, today);
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
        return List.of(row(own, c, term, Clocks.today(clock)));
    }

    private CongressRow row(Organisation o, Congress c, CongressTerm term, LocalDate today) {
        Schedule schedule = c == null ? Schedule.of(null, null, term.getGrassrootsDeadline(), today) : c.schedule(today);
        CongressStageRecord current = c == null ? null : c.currentStage().orElse(null);
        String stage = current == null ? "" : current.getStage().getCode();
        LocalDate since = current == null ? null : current.getCompletedOn();
        long days = since == null ? 0 : ChronoUnit.DAYS.between(since, today);
        boolean finished = CongressStage.ARCHIVED.equals(stage);
        boolean stuck = !finished && (since == null ? today.isAfter(term.getGrassrootsDeadline()) : days > terms.stuckDays());
        boolean awaiting = c != null && c.getStages().stream().anyMatch(r -> r.getReview().status().awaitingReview());
        return new CongressRow(o.getId(), o.getCode(), o.getName(), o.getSector() == null ? null : o.getSector().getCode(),
                c == null ? null : c.getId(), c != null && c.isPilot(), c == null ? null : c.getForm(),
                c == null ? null : c.getPlannedDate(), c == null ? null : c.getHeldFrom(), schedule, stage, since,
                days, stuck, awaiting);
    }
}
