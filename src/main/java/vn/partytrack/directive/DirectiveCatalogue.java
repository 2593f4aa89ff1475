package vn.partytrack.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.organisation.Board;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.Writes;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The directive catalogue: district staff keep the documents and assign them to units; everyone signed in reads it.
 */
@ApplicationScoped
@Transactional
public class DirectiveCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InputValidation validation;

    @Inject
    AuditTrail audit;

    public List<DirectiveRow> catalogue() {
        caller.requireSignedIn();
        Map<Long, Long> assigned = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT directive_id, count(*) FROM directive_assignment GROUP BY directive_id").getResultList();
        for (Object[] r : counts) {
            assigned.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return em.createQuery("SELECT d FROM Directive d LEFT JOIN FETCH d.ownerBoard ORDER BY d.issuedOn DESC, d.number", Directive.class)
                .getResultStream().map(d -> DirectiveRow.of(d, assigned.getOrDefault(d.getId(), 0L))).toList();
    }

    public DirectiveRow get(Long id) {
        caller.requireSignedIn();
        return DirectiveRow.of(find(id), assignedCount(id));
    }

    public DirectiveForm formFor(Long id) {
        requireCatalogueKeeper();
        return DirectiveForm.of(find(id));
    }

    public Long create(DirectiveForm form) {
        requireCatalogueKeeper();
        Board board = check(form, null);
        Directive d = new Directive(form.getNumber());
        d.define(form, board);
        em.persist(d);
        Writes.flush(em, "directive");
        audit.record(caller.auditName(), "DIRECTIVE", d.getId(), "CREATE", null, Map.of("number", d.getNumber(), "title", d.getTitle()));
        return d.getId();
    }

    public void update(Long id, DirectiveForm form) {
        requireCatalogueKeeper();
        Directive d = find(id);
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        if (form.getVersion() != d.getVersion()) {
            throw new ConcurrentEdit("directive " + id + " changed since version " + form.getVersion());
        }
        Board board = check(form, d);
        Map<String, Object> before = Map.of("number", d.getNumber(), "title", d.getTitle());
        d.define(form, board);
        Writes.flush(em, "directive");
        audit.record(caller.auditName(), "DIRECTIVE", id, "UPDATE", before, Map.of("number", d.getNumber(), "title", d.getTitle()));
    }

    /**
     * Assigns a document to every active grassroots organisation of a bloc and to the chosen organisations; units
     * already assigned stay assigned. Returns how many units were newly assigned.
     */
    public int assign(Long directiveId, String blocCode, List<Long> organisationIds) {
        requireCatalogueKeeper();
        Directive d = find(directiveId);
        if (organisationIds != null && organisationIds.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput("organisationIds", "organisation.parent.unknown");
        }
        blocCode = Text.clean(blocCode);
        int added = 0;
        if (blocCode != null) {
            added += em.createNativeQuery("""
                            INSERT INTO directive_assignment (directive_id, organisation_id, assigned_at, assigned_by)
                            SELECT ?1, o.id, now(), ?2 FROM organisation o JOIN organisation_type t ON t.id = o.type_id
                            JOIN bloc b ON b.id = o.bloc_id WHERE o.active AND t.grassroots AND b.code = ?3
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, d.getId()).setParameter(2, caller.auditName()).setParameter(3, blocCode).executeUpdate();
        }
        for (Long organisationId : organisationIds == null ? List.<Long>of() : organisationIds) {
            if (em.find(Organisation.class, organisationId) == null) {
                throw new InvalidInput("organisationIds", "organisation.parent.unknown");
            }
            added += em.createNativeQuery("""
                            INSERT INTO directive_assignment (directive_id, organisation_id, assigned_at, assigned_by)
                            VALUES (?1, ?2, now(), ?3) ON CONFLICT DO NOTHING""")
                    .setParameter(1, d.getId()).setParameter(2, organisationId).setParameter(3, caller.auditName()).executeUpdate();
        }
        audit.record(caller.auditName(), "DIRECTIVE", d.getId(), "ASSIGN", null,
                Map.of("bloc", blocCode == null ? "" : blocCode, "organisations", String.valueOf(organisationIds), "added", added));
        return added;
    }

    private Board check(DirectiveForm f, Directive current) {
        f.setNumber(Text.clean(f.getNumber()));
        f.setTitle(Text.clean(f.getTitle()));
        f.setIssuingBody(Text.clean(f.getIssuingBody()));
        List<FieldError> findings = new ArrayList<>();
        if (f.getNumbered() == null) {
            f.setNumbered(OfficialName.looksOfficial(f.getNumber()));
        } else if (f.getNumbered() && f.getNumber() != null && !OfficialName.looksOfficial(f.getNumber())) {
            findings.add(new FieldError("number", "directive.number.notOfficial"));
        }
        Board board = null;
        if (f.getOwnerBoardCode() != null && !f.getOwnerBoardCode().isBlank()) {
            // a code with a control character is no code (PostgreSQL refuses NUL in a parameter: it was a 500)
            board = !f.getOwnerBoardCode().equals(Text.clean(f.getOwnerBoardCode())) ? null
                    : em.createQuery("SELECT b FROM Board b WHERE b.code = :c", Board.class).setParameter("c", f.getOwnerBoardCode())
                    .getResultStream().findFirst().orElse(null);
            if (board == null) {
                findings.add(new FieldError("ownerBoardCode", "account.board.required"));
            }
        }
        if (f.getNumber() != null && em.createQuery("SELECT d.id FROM Directive d WHERE LOWER(d.number) = LOWER(:n)", Long.class)
                .setParameter("n", f.getNumber()).getResultStream().anyMatch(id -> current == null || !id.equals(current.getId()))) {
            findings.add(new FieldError("number", "directive.number.taken"));
        }
        if (f.isPlanRequired() && f.getPlanDeadline() == null) {
            findings.add(new FieldError("planDeadline", "field.required"));
        }
        validation.require(f, findings);
        return board;
    }

    /** District staff and administrators keep the catalogue; pages ask this to show the editing controls. */
    public boolean mayKeepCatalogue() {
        return caller.is(Role.STAFF) || caller.is(Role.ADMIN);
    }

    private void requireCatalogueKeeper() {
        if (!mayKeepCatalogue()) {
            throw new AccessDenied("district staff keep the catalogue");
        }
    }

    long assignedCount(Long directiveId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM directive_assignment WHERE directive_id = ?1")
                .setParameter(1, directiveId).getSingleResult()).longValue();
    }

    Directive find(Long id) {
        return Records.find(em, Directive.class, id, "directive");
    }
}
