package vn.partytrack.directive;

import vn.partytrack.platform.Opened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.Writes;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Text;
import vn.partytrack.review.HistoryEntry;
import vn.partytrack.review.ReviewStep;
import vn.partytrack.review.ReviewStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's implementation of the documents assigned to it: its secretary records how the unit disseminated and
 * implements each one and submits it; district staff accept or return it through the shared review.
 */
@ApplicationScoped
@Transactional
public class ImplementationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ReviewStep reviews;

    @Inject
    DirectiveCatalogue catalogue;

    @Inject
    DisseminationMatrixQuery matrices;

    /** The documents assigned to the caller's own organisation, with its implementation status of each. */
    public List<MatrixCellRow> ownAssignments() {
        caller.requireSignedIn();
        if (!caller.is(Role.SECRETARY)) {
            throw new AccessDenied("only unit secretaries have their own assignments");
        }
        DisseminationMatrix m = matrices.matrixFor(List.of(caller.organisationId()));
        List<MatrixCellRow> rows = new ArrayList<>();
        for (DirectiveRow d : m.directives()) {
            MatrixCell c = m.cell(caller.organisationId(), d.id());
            if (c != null) {
                rows.add(new MatrixCellRow(d, c));
            }
        }
        return rows;
    }

    /** Opens the organisation's implementation of an assigned document, creating the draft if needed (its secretary). */
    public Opened open(Long directiveId, Long organisationId) {
        Organisation o = reviews.lockOrganisation(organisationId);
        Directive d = directiveId == null ? null : em.find(Directive.class, directiveId);
        if (o == null || d == null) {
            throw new NotFound("directive " + directiveId + " or organisation " + organisationId);
        }
        DirectiveImplementation existing = em.createQuery("SELECT i FROM DirectiveImplementation i WHERE i.directive = :d AND i.organisation = :o",
                DirectiveImplementation.class).setParameter("d", d).setParameter("o", o).getResultStream().findFirst().orElse(null);
        return reviews.open(o, existing, DirectiveImplementation::getId, false, () -> {
            if (!isAssigned(d.getId(), o.getId())) {
                throw new InvalidInput("directiveId", "directive.notAssigned");
            }
            return new DirectiveImplementation(d, o, caller.auditName(), clock.instant());
        });
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
        DirectiveImplementation found = findImplementation(id, form == null ? null : form.getVersion());
        return details(reviews.submit(found, i -> write(i, form == null ? ImplementationForm.of(i) : form, true)));
    }

    public ImplementationDetails returnForCorrection(Long id, String reason, Long expectedVersion) {
        return details(reviews.returnForCorrection(() -> findImplementation(id, expectedVersion), reason));
    }

    public ImplementationDetails accept(Long id, Long expectedVersion) {
        return details(reviews.accept(() -> findImplementation(id, expectedVersion)));
    }

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
        List<FieldError> errors = ImplementationChecks.check(form, i.getDirective(), Clocks.today(clock), submission);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        i.edit(form, clock.instant());
        Writes.flush(em, "record");
    }

    private boolean isAssigned(Long directiveId, Long organisationId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM directive_assignment WHERE directive_id = ?1 AND organisation_id = ?2")
                .setParameter(1, directiveId).setParameter(2, organisationId).getSingleResult()).longValue() > 0;
    }

    private DirectiveImplementation findImplementation(Long id, Long expectedVersion) {
        return Records.find(em, DirectiveImplementation.class, id, expectedVersion, DirectiveImplementation::getVersion, "implementation");
    }

    private ImplementationDetails details(DirectiveImplementation i) {
        Organisation o = i.getOrganisation();
        ReviewStatus status = i.getStatus();
        List<HistoryEntry> history = i.history();
        String lastReturn = i.lastReturnReason();
        return new ImplementationDetails(i.getId(), o.getId(), o.getName(), o.getMembership().total(),
                DirectiveRow.of(i.getDirective(), catalogue.assignedCount(i.getDirective().getId())), status,
                i.getReview().firstSubmittedAt(), lastReturn, ImplementationForm.of(i), history,
                caller.isSecretaryOf(o) && status.editable(), caller.is(Role.STAFF) && status.awaitingReview());
    }
}
