package vn.partytrack.directive;

import vn.partytrack.platform.Opened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.notification.Notifier;
import vn.partytrack.organisation.Board;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.Writes;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Text;
import vn.partytrack.review.HistoryEntry;
import vn.partytrack.review.ReviewAction;
import vn.partytrack.review.ReviewStatus;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Directive use cases: district staff keep the catalogue and assign documents; a unit's secretary records how the
 * unit disseminated and implements each one and submits it; staff accept or return it through the shared review.
 */
@ApplicationScoped
@Transactional
public class DirectiveService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    InputValidation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    // ---- catalogue

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
        flush();
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
        flush();
        audit.record(caller.auditName(), "DIRECTIVE", id, "UPDATE", before, Map.of("number", d.getNumber(), "title", d.getTitle()));
    }

    /**
     * Assigns a document to every active grassroots organisation of a bloc and to the chosen organisations; units
     * already assigned stay assigned. Returns how many units were newly assigned.
     */
    public int assign(Long directiveId, String blocCode, List<Long> organisationIds) {
        requireCatalogueKeeper();
        Directive d = find(directiveId);
        if (organisationIds != null && organisationIds.stream().anyMatch(java.util.Objects::isNull)) {
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

    // ---- a unit's implementation

    /** The documents assigned to the caller's own organisation, with its implementation status of each. */
    public List<MatrixCellRow> ownAssignments() {
        caller.requireSignedIn();
        if (!caller.is(Role.SECRETARY)) {
            throw new AccessDenied("only unit secretaries have their own assignments");
        }
        DisseminationMatrix m = matrixFor(List.of(caller.organisationId()));
        List<MatrixCellRow> rows = new ArrayList<>();
        for (DirectiveRow d : m.directives()) {
            MatrixCell c = m.cell(caller.organisationId(), d.id());
            if (c != null) {
                rows.add(new MatrixCellRow(d, c));
            }
        }
        return rows;
    }

    /** A document and the own unit's standing on it. */
    public record MatrixCellRow(DirectiveRow directive, MatrixCell cell) implements java.io.Serializable {
    }

    /** Opens the organisation's implementation of an assigned document, creating the draft if needed (its secretary). */
    public Opened open(Long directiveId, Long organisationId) {
        Organisation o = em.find(Organisation.class, organisationId == null ? -1L : organisationId, LockModeType.PESSIMISTIC_WRITE);
        Directive d = directiveId == null ? null : em.find(Directive.class, directiveId);
        if (o == null || d == null) {
            throw new NotFound("directive " + directiveId + " or organisation " + organisationId);
        }
        DirectiveImplementation existing = em.createQuery("SELECT i FROM DirectiveImplementation i WHERE i.directive = :d AND i.organisation = :o",
                DirectiveImplementation.class).setParameter("d", d).setParameter("o", o).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            caller.requireRead(o);
            return new Opened(existing.getId(), false);
        }
        caller.requireSecretaryOf(o);
        if (!isAssigned(d.getId(), o.getId())) {
            throw new InvalidInput("directiveId", "directive.notAssigned");
        }
        DirectiveImplementation i = new DirectiveImplementation(d, o, caller.auditName(), clock.instant());
        em.persist(i);
        flush();
        return new Opened(i.getId(), true);
    }

    public ImplementationDetails implementation(Long id) {
        DirectiveImplementation i = findImplementation(id, null);
        caller.requireRead(i.getOrganisation());
        return details(i);
    }

    public ImplementationDetails save(Long id, ImplementationForm form) {
        DirectiveImplementation i = findImplementation(id, form.getVersion());
        caller.requireSecretaryOf(i.getOrganisation());
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        write(i, form, false);
        return details(i);
    }

    /** Saves (when content is sent) and submits: at least one dissemination session is needed, and a plan when required. */
    public ImplementationDetails submit(Long id, ImplementationForm form) {
        DirectiveImplementation i = findImplementation(id, form == null ? null : form.getVersion());
        caller.requireSecretaryOf(i.getOrganisation());
        write(i, form == null ? ImplementationForm.of(i) : form, true);
        i.submit(caller.auditName(), clock.instant());
        flush();
        notifier.toStaff("DIRECTIVE_SUBMITTED", "notification.directiveSubmitted",
                List.of(i.getOrganisation().getName(), i.getDirective().getNumber()), null);
        return details(i);
    }

    public ImplementationDetails returnForCorrection(Long id, String reason, Long expectedVersion) {
        caller.requireStaff();
        String clean = Text.clean(reason);
        if (clean == null) {
            throw new InvalidInput("reason", "review.reasonRequired");
        }
        if (clean.length() > 2000) {
            throw new InvalidInput(List.of(new FieldError("reason", "field.tooLong", Map.of("max", 2000))));
        }
        DirectiveImplementation i = findImplementation(id, expectedVersion);
        i.returnForCorrection(caller.auditName(), clean, clock.instant());
        flush();
        notifier.toSecretariesOf(i.getOrganisation().getId(), "DIRECTIVE_RETURNED", "notification.directiveReturned",
                List.of(i.getDirective().getNumber(), clean), null, null);
        return details(i);
    }

    public ImplementationDetails accept(Long id, Long expectedVersion) {
        caller.requireStaff();
        DirectiveImplementation i = findImplementation(id, expectedVersion);
        i.accept(caller.auditName(), clock.instant());
        flush();
        return details(i);
    }

    // ---- the matrix

    /** Units × documents for the active grassroots organisations of a bloc (all when null): one query each. */
    public DisseminationMatrix matrix(String blocCode) {
        caller.requireDistrictReader();
        List<Long> units = em.createQuery("""
                        SELECT o.id FROM Organisation o JOIN o.type t LEFT JOIN o.bloc b
                        WHERE o.active = true AND t.grassroots = true AND (:bloc = '' OR b.code = :bloc)""", Long.class)
                .setParameter("bloc", blocCode == null ? "" : blocCode).getResultList();
        return matrixFor(units);
    }

    private DisseminationMatrix matrixFor(List<Long> unitIds) {
        List<DirectiveRow> directives = catalogue();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.ZONE));
        Map<Long, Map<Long, MatrixCell>> cells = new HashMap<>();
        Map<Long, DisseminationMatrix.Unit> unitById = new LinkedHashMap<>();
        if (!unitIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> result = em.createNativeQuery("""
                            SELECT o.id, o.code, o.name, a.directive_id, i.id, i.status,
                                   (SELECT min(s.held_on) FROM dissemination_session s WHERE s.implementation_id = i.id),
                                   (SELECT max(s.members_attending::float8 / s.members_at_date) FROM dissemination_session s
                                     WHERE s.implementation_id = i.id),
                                   d.dissemination_deadline
                            FROM organisation o
                            JOIN directive_assignment a ON a.organisation_id = o.id
                            JOIN directive d ON d.id = a.directive_id
                            LEFT JOIN directive_implementation i ON i.directive_id = a.directive_id AND i.organisation_id = o.id
                            WHERE o.id = ANY (?1)
                            ORDER BY o.name""")
                    .setParameter(1, unitIds.toArray(Long[]::new)).getResultList();
            for (Object[] r : result) {
                Long unit = ((Number) r[0]).longValue();
                unitById.putIfAbsent(unit, new DisseminationMatrix.Unit(unit, (String) r[1], (String) r[2]));
                ReviewStatus status = r[5] == null ? null : ReviewStatus.valueOf((String) r[5]);
                LocalDate first = r[6] == null ? null : ((Date) r[6]).toLocalDate();
                Double attendance = r[7] == null ? null : ((Number) r[7]).doubleValue();
                LocalDate deadline = r[8] == null ? null : ((Date) r[8]).toLocalDate();
                MatrixCell cell = new MatrixCell(r[4] == null ? null : ((Number) r[4]).longValue(), status, first, attendance, 0);
                long overdue = !cell.disseminated() && deadline != null && today.isAfter(deadline) ? ChronoUnit.DAYS.between(deadline, today) : 0;
                cells.computeIfAbsent(unit, k -> new HashMap<>()).put(((Number) r[3]).longValue(),
                        new MatrixCell(cell.implementationId(), status, first, attendance, overdue));
            }
        }
        Map<Long, DisseminationMatrix.Share> shares = new HashMap<>();
        for (DirectiveRow d : directives) {
            int assigned = 0, done = 0;
            List<String> missing = new ArrayList<>();
            for (DisseminationMatrix.Unit u : unitById.values()) {
                MatrixCell c = cells.get(u.id()).get(d.id());
                if (c == null) {
                    continue;
                }
                assigned++;
                if (c.disseminated()) {
                    done++;
                } else {
                    missing.add(u.name());
                }
            }
            shares.put(d.id(), new DisseminationMatrix.Share(done, assigned, missing));
        }
        return new DisseminationMatrix(directives, new ArrayList<>(unitById.values()), cells, shares);
    }

    // ---- internals

    private void write(DirectiveImplementation i, ImplementationForm form, boolean submission) {
        if (form.getVersion() != null && form.getVersion() != i.getVersion()) {
            throw new ConcurrentEdit("implementation " + i.getId() + " changed since version " + form.getVersion());
        }
        form.setPlanNumber(Text.clean(form.getPlanNumber()));
        form.setResults(Text.clean(form.getResults()));
        form.getSessions().removeIf(s -> s == null || (s.getHeldOn() == null && s.getMembersAttending() == null && s.getMembersAtDate() == null));
        form.getModels().removeIf(m -> m == null || Text.clean(m.getName()) == null);
        form.getModels().forEach(m -> {
            m.setName(Text.clean(m.getName()));
            m.setDescription(Text.clean(m.getDescription()));
        });
        List<FieldError> errors = ImplementationChecks.check(form, i.getDirective(), LocalDate.now(clock.withZone(Clocks.ZONE)), submission);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        i.edit(form, clock.instant());
        flush();
    }

    private Board check(DirectiveForm f, Directive current) {
        f.setNumber(Text.clean(f.getNumber()));
        f.setTitle(Text.clean(f.getTitle()));
        List<FieldError> findings = new ArrayList<>();
        Board board = null;
        if (f.getOwnerBoardCode() != null && !f.getOwnerBoardCode().isBlank()) {
            board = em.createQuery("SELECT b FROM Board b WHERE b.code = :c", Board.class).setParameter("c", f.getOwnerBoardCode())
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

    private boolean isAssigned(Long directiveId, Long organisationId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM directive_assignment WHERE directive_id = ?1 AND organisation_id = ?2")
                .setParameter(1, directiveId).setParameter(2, organisationId).getSingleResult()).longValue() > 0;
    }

    private long assignedCount(Long directiveId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM directive_assignment WHERE directive_id = ?1")
                .setParameter(1, directiveId).getSingleResult()).longValue();
    }

    private Directive find(Long id) {
        Directive d = id == null ? null : em.find(Directive.class, id);
        if (d == null) {
            throw new NotFound("directive " + id);
        }
        return d;
    }

    private DirectiveImplementation findImplementation(Long id, Long expectedVersion) {
        DirectiveImplementation i = id == null ? null : em.find(DirectiveImplementation.class, id);
        if (i == null) {
            throw new NotFound("implementation " + id);
        }
        if (expectedVersion != null && expectedVersion != i.getVersion()) {
            throw new ConcurrentEdit("implementation " + id + " changed since version " + expectedVersion);
        }
        return i;
    }

    private void flush() {
        Writes.flush(em, "record");
    }

    private ImplementationDetails details(DirectiveImplementation i) {
        Organisation o = i.getOrganisation();
        ReviewStatus status = i.getReview().status();
        List<HistoryEntry> history = i.getEvents().stream().map(DirectiveImplementationEvent::entry).toList();
        String lastReturn = null;
        if (status == ReviewStatus.RETURNED) {
            for (HistoryEntry h : history) {
                if (h.action() == ReviewAction.RETURN) {
                    lastReturn = h.comment();
                }
            }
        }
        return new ImplementationDetails(i.getId(), o.getId(), o.getName(), o.getMembership().total(),
                DirectiveRow.of(i.getDirective(), assignedCount(i.getDirective().getId())), status,
                i.getReview().firstSubmittedAt(), lastReturn, ImplementationForm.of(i), history,
                caller.isSecretaryOf(o) && status.editable(), caller.is(Role.STAFF) && status.awaitingReview());
    }
}
