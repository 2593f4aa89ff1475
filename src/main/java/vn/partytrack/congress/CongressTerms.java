package vn.partytrack.congress;

import vn.partytrack.platform.KeptFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partytrack.account.Caller;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.platform.Writes;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Congress terms and their rules: each term's deadline and thresholds, the stages every congress goes through, and
 * how long a unit may stay at one stage before it counts as stuck. Administrators add a term; a new cycle needs no
 * code change.
 */
@ApplicationScoped
@Transactional
public class CongressTerms {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Inject
    AuditTrail audit;

    @Inject
    KeptFigures kept;

    @Inject
    @ConfigProperty(name = "partytrack.congress.stuck-days", defaultValue = "30")
    int stuckDays;

    public List<TermRow> terms() {
        caller.requireSignedIn();
        return kept.get(() -> em.createQuery("SELECT t FROM CongressTerm t ORDER BY t.grassrootsDeadline DESC, t.id", CongressTerm.class)
                .getResultStream().map(t -> new TermRow(t.getId(), t.getCode(), t.getNameVi(), t.getNameEn(),
                        t.getGrassrootsDeadline(), t.getDelegateThreshold(), t.getGoverningDocument())).toList(), "terms");
    }

    /** A new term with its rules (administrators): a new congress cycle needs no code change. */
    public Long createTerm(TermForm form) {
        caller.requireAdmin();
        form.setCode(Text.clean(form.getCode()));
        form.setNameVi(Text.clean(form.getNameVi()));
        form.setNameEn(Text.clean(form.getNameEn()));
        form.setGoverningDocument(Text.clean(form.getGoverningDocument()));
        List<FieldError> findings = new ArrayList<>();
        if (form.getCode() != null && !em.createQuery("SELECT t.id FROM CongressTerm t WHERE LOWER(t.code) = LOWER(:c)", Long.class)
                .setParameter("c", form.getCode()).getResultList().isEmpty()) {
            findings.add(new FieldError("code", "period.code.taken"));
        }
        validation.require(form, findings);
        CongressTerm term = new CongressTerm(form.getCode(), form.getNameVi(), form.getNameEn(), form.getGoverningDocument(),
                form.getGrassrootsDeadline(), form.getDelegateThreshold());
        em.persist(term);
        Writes.flush(em, "congress term");
        audit.record(caller.auditName(), "CONGRESS_TERM", term.getId(), "CREATE", null,
                Map.of("code", term.getCode(), "deadline", String.valueOf(term.getGrassrootsDeadline()), "threshold", term.getDelegateThreshold()));
        return term.getId();
    }

    /** Days at one stage after which a unit counts as stuck (configuration). */
    public int stuckDays() {
        return stuckDays;
    }

    public List<CongressStage> stages() {
        return em.createQuery("SELECT s FROM CongressStage s ORDER BY s.sortOrder", CongressStage.class).getResultList();
    }
}
