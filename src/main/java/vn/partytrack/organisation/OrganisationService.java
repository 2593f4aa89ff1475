package vn.partytrack.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.Writes;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InputValidation;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Page;
import vn.partytrack.platform.Text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Arrays;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.partytrack.platform.InvalidInput;
import java.util.concurrent.TimeUnit;

/** The registry's use cases. Every method checks the caller's scope before it reads or writes anything. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    /** The officers typed in the registry form: the officer component turns a changed name into posts. */
    @Inject
    jakarta.enterprise.event.Event<OfficersTyped> officersTyped;

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name", "code", "o.code", "members", "o.membership.total",
            "type", "t.sortOrder", "bloc", "b.sortOrder", "sector", "s.sortOrder");

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationAccess caller;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** A page of organisations; a secretary only ever sees their own organisation and its subordinate cells. */
    public Page<OrganisationRow> list(OrganisationFilter filter, int offset, int limit) {
        return new Page<>(rows(filter, offset, limit), count(filter), offset, limit);
    }

    public List<OrganisationRow> rows(OrganisationFilter filter, int offset, int limit) {
        ListQuery q = listQuery(filter);
        String order = SORTABLE.getOrDefault(filter.sort() == null ? "name" : filter.sort(), "o.name")
                + (filter.descending() ? " DESC" : " ASC") + ", o.name, o.id";
        TypedQuery<OrganisationRow> rows = em.createQuery("SELECT NEW vn.partytrack.organisation.OrganisationRow(o.id, o.code,"
                + " o.name, t.code, b.code, s.code, o.membership.total, o.secretaryName, o.active, o.sample)"
                + q.fromWhere() + " ORDER BY " + order, OrganisationRow.class);
        q.parameters().forEach(rows::setParameter);
        return rows.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(OrganisationFilter filter) {
        ListQuery q = listQuery(filter);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o)" + q.fromWhere(), Long.class);
        q.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private record ListQuery(String fromWhere, Map<String, Object> parameters) {
    }

    private ListQuery listQuery(OrganisationFilter filter) {
        caller.requireSignedIn();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (caller.isSecretary()) {
            where.append(" AND (o.id = :own OR p.id = :own OR gp.id = :own)");
            parameters.put("own", caller.organisationId());
        }
        if (caller.committeePath() != null) {
            where.append(" AND FUNCTION('pt_reaches', o.id, :reach) = 1");
            parameters.put("reach", caller.committeePath());
        }
        if (!filter.includeInactive()) {
            where.append(" AND o.active = true");
        }
        condition(where, parameters, "b.code", "bloc", filter.blocCode());
        condition(where, parameters, "s.code", "sector", filter.sectorCode());
        condition(where, parameters, "t.code", "type", filter.typeCode());
        String search = Text.clean(filter.search());
        if (search != null) {
            // a former name finds the unit too (organisation_version keeps every name it had)
            where.append(" AND (FUNCTION('pt_fold', o.name) LIKE CONCAT('%', FUNCTION('pt_fold', :search), '%') ESCAPE '\\'"
                    + " OR LOWER(o.code) LIKE CONCAT('%', LOWER(:search), '%') ESCAPE '\\'"
                    + " OR o.id IN (SELECT v.organisationId FROM OrganisationVersion v"
                    + " WHERE FUNCTION('pt_fold', v.name) LIKE CONCAT('%', FUNCTION('pt_fold', :search), '%') ESCAPE '\\'))");
            parameters.put("search", search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        return new ListQuery(" FROM Organisation o JOIN o.type t LEFT JOIN o.parent p LEFT JOIN p.parent gp LEFT JOIN o.bloc b LEFT JOIN o.sector s"
                + where, parameters);
    }

    /** Whether the caller may open the edit form of this organisation (the service checks again on save). */
    public boolean mayEdit(Long id) {
        return caller.mayEdit(find(id));
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String path, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(path).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    /**
     * The scope of a district-wide view: a bloc (blank: every bloc) under a committee (null: the whole tree). Only
     * district readers ask for one; an unknown committee is not found.
     */
    public Scope scope(String blocCode, Long committeeId) {
        caller.requireDistrictReader();
        String reach = caller.committeePath();
        if (committeeId == null && reach == null) {
            return Scope.bloc(blocCode);
        }
        Organisation committee = find(committeeId == null ? caller.committeeId() : committeeId);
        if (reach != null && !(committee.getPath() + "%").startsWith(reach)) {
            // a committee's staff see their own committee and what is under it, nothing of another
            throw new AccessDenied("committee " + committee.getId() + " is outside the caller's committee");
        }
        return new Scope(blocCode == null ? "" : blocCode, committee.getId(), committee.getPath() + "%", !committee.getType().isGrassroots());
    }

    /**
     * The committees a district-wide view can be narrowed to: the active organisations above grassroots units (their
     * superior committees and those committees' own superiors), in tree order. One statement: the distinct parents
     * of the grassroots units, then up the tree.
     */
    public List<ReferenceItem> committees() {
        caller.requireDistrictReader();
        Committees cached = committees;
        if (cached != null && cached.until() > System.nanoTime()) {
            return reachable(cached.items());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH RECURSIVE above (id) AS (
                            SELECT DISTINCT g.parent_id FROM organisation g JOIN organisation_type t ON t.id = g.type_id AND t.grassroots
                            WHERE g.parent_id IS NOT NULL
                            UNION
                            SELECT o.parent_id FROM organisation o JOIN above a ON a.id = o.id WHERE o.parent_id IS NOT NULL)
                        SELECT o.id, o.name FROM organisation o JOIN above a ON a.id = o.id JOIN organisation_type t ON t.id = o.type_id
                        WHERE o.active AND NOT t.grassroots
                        ORDER BY o.path""").getResultList();
        List<ReferenceItem> items = rows.stream().map(r -> new ReferenceItem(String.valueOf(r[0]), (String) r[1], (String) r[1])).toList();
        committees = new Committees(items, System.nanoTime() + COMMITTEES_KEPT_NANOS);
        return reachable(items);
    }

    /**
     * The ids of units given by their codes, separated by commas or spaces (a form's list); an unknown code gives no id
     * but an impossible one, so the use case refuses it naming its field.
     */
    public List<Long> idsByCode(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        List<String> wanted = Arrays.stream(codes.split("[,;\\s]+")).filter(c -> !c.isBlank()).map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Long> found = new HashMap<>();
        em.createQuery("SELECT LOWER(o.code), o.id FROM Organisation o WHERE LOWER(o.code) IN :c", Object[].class).setParameter("c", wanted)
                .getResultList().forEach(r -> found.put((String) r[0], (Long) r[1]));
        return wanted.stream().map(c -> found.getOrDefault(c, -1L)).toList();
    }

    /**
     * The units a committee's staff reach today (their committee and everything under it), in one statement; null for
     * the others, who are not limited.
     */
    public Set<Long> withinReach() {
        if (caller.committeePath() == null) {
            return null;
        }
        List<?> ids = em.createNativeQuery("SELECT id FROM organisation WHERE path LIKE ?1").setParameter(1, caller.committeePath())
                .getResultList();
        return ids.stream().map(i -> ((Number) i).longValue()).collect(Collectors.toSet());
    }

    /** The committees a committee's staff may narrow to: their own and those under it. */
    private List<ReferenceItem> reachable(List<ReferenceItem> items) {
        Set<Long> reach = withinReach();
        return reach == null ? items : items.stream().filter(i -> reach.contains(Long.valueOf(i.code()))).toList();
    }

    /** The committee list is the same for every district reader and changes only with the registry: kept briefly. */
    private record Committees(List<ReferenceItem> items, long until) {
    }

    private static final long COMMITTEES_KEPT_NANOS = TimeUnit.MINUTES.toNanos(5);

    private volatile Committees committees;

    public OrganisationDetails get(Long id) {
        Organisation o = find(id);
        caller.requireRead(o);
        return details(o);
    }

    /** The form prefilled for editing, with the version the editor starts from. */
    public OrganisationForm formFor(Long id) {
        Organisation o = find(id);
        caller.requireEdit(o);
        return OrganisationForm.of(details(o));
    }

    public Long create(OrganisationForm form) {
        caller.requireAdmin();
        normalise(form);
        Placement placement = checkPlacement(form, null);
        validation.require(form, placement.findings);
        Organisation o = new Organisation(form.getCode(), clock.instant());
        o.place(form.getCode(), placement.type, placement.parent, placement.bloc, placement.sector);
        describe(o, form);
        em.persist(o);
        flush();
        officersTyped.fire(new OfficersTyped(o.getId(), null, null, o.getSecretaryName(), o.getDeputySecretaryName()));
        audit.record(caller.auditName(), "ORGANISATION", o.getId(), "CREATE", null, snapshot(o));
        committees = null;
        return o.getId();
    }

    /**
     * Saves an edit. Administrators change everything; a secretary changes only the details of their own
     * organisation (name, host unit, members, officers) and is refused if the form moves it in the structure.
     */
    public void update(Long id, OrganisationForm form) {
        Organisation o = find(id);
        caller.requireEdit(o);
        normalise(form);
        if (form.getVersion() == null) {
            throw new InvalidInput("version", "field.versionRequired");
        }
        if (form.getVersion() != o.getVersion()) {
            throw new ConcurrentEdit("organisation " + id + " changed since version " + form.getVersion());
        }
        Map<String, Object> before = snapshot(o);
        if (caller.isAdmin()) {
            Placement placement = checkPlacement(form, o);
            validation.require(form, placement.findings);
            o.place(form.getCode(), placement.type, placement.parent, placement.bloc, placement.sector);
        } else {
            if (movesInStructure(o, form)) {
                throw new AccessDenied("a secretary may not change the organisation's place in the structure");
            }
            validation.require(form, membersFindings(form));
        }
        String secretaryBefore = o.getSecretaryName();
        String deputyBefore = o.getDeputySecretaryName();
        describe(o, form);
        flush();
        officersTyped.fire(new OfficersTyped(o.getId(), secretaryBefore, deputyBefore, o.getSecretaryName(), o.getDeputySecretaryName()));
        audit.record(caller.auditName(), "ORGANISATION", o.getId(), "UPDATE", before, snapshot(o));
        committees = null;
    }

    /** Deactivated organisations drop out of lists and counts; their history stays. */
    public void setActive(Long id, boolean active, Long expectedVersion) {
        caller.requireAdmin();
        Organisation o = find(id);
        if (expectedVersion != null && expectedVersion != o.getVersion()) {
            throw new ConcurrentEdit("organisation " + id + " changed since version " + expectedVersion);
        }
        Map<String, Object> before = snapshot(o);
        if (active) {
            o.reactivate();
        } else {
            o.deactivate(clock.instant());
        }
        flush();
        audit.record(caller.auditName(), "ORGANISATION", o.getId(), active ? "REACTIVATE" : "DEACTIVATE", before, snapshot(o));
        committees = null;
    }

    /** The registry changed underneath (a recorded registry change): the committee list is read again. */
    void registryChanged() {
        committees = null;
    }

    /** Organisations an administrator may choose as a parent. */
    public List<OrganisationRow> possibleParents() {
        caller.requireAdmin();
        return em.createQuery("SELECT NEW vn.partytrack.organisation.OrganisationRow(o.id, o.code, o.name, t.code, b.code, s.code,"
                        + " o.membership.total, o.secretaryName, o.active, o.sample) FROM Organisation o JOIN o.type t"
                        + " LEFT JOIN o.bloc b LEFT JOIN o.sector s WHERE o.active = true AND t.hasSubordinates = true"
                        + " ORDER BY t.sortOrder, o.name", OrganisationRow.class)
                .getResultList();
    }

    private void flush() {
        Writes.flush(em, "organisation");
    }

    private Organisation find(Long id) {
        return Records.find(em, Organisation.class, id, "organisation");
    }

    private OrganisationDetails details(Organisation o) {
        List<OrganisationRow> subordinates = em.createQuery("SELECT NEW vn.partytrack.organisation.OrganisationRow(o.id, o.code,"
                        + " o.name, t.code, b.code, s.code, o.membership.total, o.secretaryName, o.active, o.sample)"
                        + " FROM Organisation o JOIN o.type t LEFT JOIN o.bloc b LEFT JOIN o.sector s"
                        + " WHERE o.parent = :p ORDER BY o.name", OrganisationRow.class)
                .setParameter("p", o).getResultList();
        return OrganisationDetails.of(o, subordinates);
    }

    private static void normalise(OrganisationForm f) {
        f.setCode(Text.clean(f.getCode()));
        f.setName(Text.clean(f.getName()));
        f.setHostUnit(Text.clean(f.getHostUnit()));
        f.setSecretaryName(Text.clean(f.getSecretaryName()));
        f.setDeputySecretaryName(Text.clean(f.getDeputySecretaryName()));
        f.setTermLabel(Text.clean(f.getTermLabel()));
        f.setBlocCode(Text.clean(f.getBlocCode()));
        f.setSectorCode(Text.clean(f.getSectorCode()));
        f.setTypeCode(Text.clean(f.getTypeCode()));
    }

    private static void describe(Organisation o, OrganisationForm f) {
        o.describe(f.getName(), f.getHostUnit(),
                new Membership(f.getMembersTotal(), f.getMembersFull(), f.getMembersProbationary()),
                f.getSecretaryName(), f.getDeputySecretaryName(), f.getTermLabel());
    }

    private static boolean movesInStructure(Organisation o, OrganisationForm f) {
        return !Objects.equals(f.getCode(), o.getCode())
                || !Objects.equals(f.getTypeCode(), o.getType().getCode())
                || !Objects.equals(f.getParentId(), o.getParent() == null ? null : o.getParent().getId())
                || !Objects.equals(f.getBlocCode(), o.getBloc() == null ? null : o.getBloc().getCode())
                || !Objects.equals(f.getSectorCode(), o.getSector() == null ? null : o.getSector().getCode());
    }

    private static List<FieldError> membersFindings(OrganisationForm f) {
        List<FieldError> findings = new ArrayList<>();
        if (f.getMembersTotal() != null && f.getMembersFull() != null && f.getMembersProbationary() != null
                && !Membership.addsUp(f.getMembersTotal(), f.getMembersFull(), f.getMembersProbationary())) {
            findings.add(new FieldError("membersTotal", "organisation.members.addUp",
                    Map.of("full", f.getMembersFull(), "probationary", f.getMembersProbationary())));
        }
        return findings;
    }

    /** Reference data and parent looked up from the form's codes, with what is wrong about them. */
    private static final class Placement {
        OrganisationType type;
        Organisation parent;
        Bloc bloc;
        Sector sector;
        final List<FieldError> findings = new ArrayList<>();
    }

    private Placement checkPlacement(OrganisationForm f, Organisation current) {
        Placement p = new Placement();
        p.findings.addAll(membersFindings(f));
        if (f.getTypeCode() != null) {
            p.type = byCode(OrganisationType.class, f.getTypeCode());
            if (p.type == null) {
                p.findings.add(new FieldError("typeCode", "organisation.type.unknown"));
            }
        }
        if (f.getBlocCode() != null) {
            p.bloc = byCode(Bloc.class, f.getBlocCode());
            if (p.bloc == null) {
                p.findings.add(new FieldError("blocCode", "organisation.bloc.unknown"));
            }
        }
        if (f.getSectorCode() != null) {
            p.sector = byCode(Sector.class, f.getSectorCode());
            if (p.sector == null) {
                p.findings.add(new FieldError("sectorCode", "organisation.sector.unknown"));
            }
        }
        if (f.getParentId() != null) {
            p.parent = em.find(Organisation.class, f.getParentId());
            if (p.parent == null) {
                p.findings.add(new FieldError("parentId", "organisation.parent.unknown"));
            } else if (current != null && isAncestorOrSelf(current, p.parent)) {
                p.findings.add(new FieldError("parentId", "organisation.parent.cycle"));
            }
        }
        if (f.getCode() != null) {
            List<Long> sameCode = em.createQuery("SELECT o.id FROM Organisation o WHERE LOWER(o.code) = LOWER(:c)", Long.class)
                    .setParameter("c", f.getCode()).getResultList();
            if (sameCode.stream().anyMatch(id -> current == null || !id.equals(current.getId()))) {
                p.findings.add(new FieldError("code", "organisation.code.taken"));
            }
        }
        return p;
    }

    private static boolean isAncestorOrSelf(Organisation candidateAncestor, Organisation node) {
        for (Organisation n = node; n != null; n = n.getParent()) {
            if (n.getId().equals(candidateAncestor.getId())) {
                return true;
            }
        }
        return false;
    }

    private <T> T byCode(Class<T> type, String code) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :c", type)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    /** What the audit trail keeps: the fields a person would compare. */
    private static Map<String, Object> snapshot(Organisation o) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", o.getCode());
        s.put("name", o.getName());
        s.put("type", o.getType() == null ? null : o.getType().getCode());
        s.put("parentId", o.getParent() == null ? null : o.getParent().getId());
        s.put("bloc", o.getBloc() == null ? null : o.getBloc().getCode());
        s.put("sector", o.getSector() == null ? null : o.getSector().getCode());
        s.put("hostUnit", o.getHostUnit());
        s.put("membersTotal", o.getMembership().total());
        s.put("membersFull", o.getMembership().full());
        s.put("membersProbationary", o.getMembership().probationary());
        s.put("secretaryName", o.getSecretaryName());
        s.put("deputySecretaryName", o.getDeputySecretaryName());
        s.put("termLabel", o.getTermLabel());
        s.put("active", o.isActive());
        return s;
    }
}
