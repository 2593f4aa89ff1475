package vn.partytrack.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.audit.AuditTrail;
import vn.partytrack.organisation.OrganisationHistory.DecisionSummary;
import vn.partytrack.organisation.OrganisationHistory.HistoryLink;
import vn.partytrack.organisation.OrganisationHistory.HistoryVersion;
import vn.partytrack.organisation.RegistryChange.NewUnit;
import vn.partytrack.organisation.RegistryChangeResult.RegistryMove;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Records;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.Writes;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry through time: changes recorded as events (establish, rename, transfer, merge, split, dissolve), each
 * with its decision and the day it takes effect, and a unit's history. A change is checked whole before anything is
 * written, then written set-based in one transaction: the organisation rows change and the database's trigger
 * (V17) writes their versions from the day and decision set for the transaction; a transfer's subtree gets its paths
 * in one statement (V13's trigger). Nothing is written for a preview.
 */
@ApplicationScoped
@Transactional
public class RegistryChanges {

    static final Set<String> KINDS = Set.of("ESTABLISH", "RENAME", "TRANSFER", "MERGE", "SPLIT", "DISSOLVE");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]*");

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationAccess caller;

    @Inject
    OrganisationService organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A unit as the checks need it; {@code later}: it has a version from after the change's day. */
    private record Unit(long id, String code, String name, boolean active, String path, Long parentId, String parentName,
                        boolean hasSubordinates, long typeId, Long blocId, Long sectorId, int total, int full,
                        int probationary, LocalDate first, boolean later) {
    }

    /** A new unit, checked and resolved to ids. */
    private record Creation(String code, String name, long typeId, Long blocId, Long sectorId, int total, int full, int probationary) {
    }

    /** Everything a change needs to be written, found while checking it. */
    private static final class Plan {
        String kind;
        LocalDate effectiveOn;
        String number;
        LocalDate decidedOn;
        Long issuerId;
        String note;
        List<Long> unitIds = List.of();
        Map<Long, Unit> units = new LinkedHashMap<>();
        Unit target;
        String name;
        String code;
        List<Creation> creations = new ArrayList<>();
        List<Unit> below = new ArrayList<>();
        /** A split's subordinate units by the index of the new unit that takes them (the others: the first). */
        Map<Long, Integer> takers = Map.of();
        final List<FieldError> errors = new ArrayList<>();
        final List<RegistryMove> moves = new ArrayList<>();
    }

    /** Records the change, or with {@code preview} only says what it would move. Refused whole: nothing changes. */
    public RegistryChangeResult record(RegistryChange change) {
        caller.requireRegistrar();
        if (change == null) {
            throw new InvalidInput("kind", "registry.kind.required");
        }
        Connection c = em.unwrap(Connection.class);
        try {
            Plan plan = plan(c, change);
            if (!plan.errors.isEmpty()) {
                throw new InvalidInput(plan.errors);
            }
            if (change.isPreview()) {
                return new RegistryChangeResult(plan.kind, true, null, plan.effectiveOn, plan.moves.size(), plan.moves, List.of());
            }
            long decision = decide(c, plan);
            List<Long> established = write(c, plan, decision);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("kind", plan.kind);
            after.put("decision", plan.number);
            after.put("effectiveOn", plan.effectiveOn.toString());
            after.put("units", plan.unitIds);
            after.put("targetId", plan.target == null ? null : plan.target.id());
            after.put("established", established);
            after.put("moved", plan.moves.size());
            audit.record(caller.auditName(), "REGISTRY_DECISION", decision, plan.kind, null, after);
            organisations.registryChanged();
            return new RegistryChangeResult(plan.kind, false, decision, plan.effectiveOn, plan.moves.size(), plan.moves, established);
        } catch (SQLException e) {
            if (Writes.isUniqueViolation(e) || "23P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState())) {
                throw new ConcurrentEdit("registry changed by someone else at the same moment: " + e.getMessage());
            }
            throw new IllegalStateException(e);
        }
    }

    // ---- checking

    private Plan plan(Connection c, RegistryChange in) throws SQLException {
        Plan p = new Plan();
        p.kind = in.kind() == null ? null : in.kind().trim().toUpperCase(Locale.ROOT);
        if (p.kind == null || p.kind.isEmpty()) {
            p.errors.add(new FieldError("kind", "registry.kind.required"));
        } else if (!KINDS.contains(p.kind)) {
            p.errors.add(new FieldError("kind", "registry.kind.unknown"));
        }
        p.effectiveOn = in.effectiveOn();
        LocalDate today = Clocks.today(clock);
        if (p.effectiveOn == null) {
            p.errors.add(new FieldError("effectiveOn", "registry.effectiveOn.required"));
        } else if (p.effectiveOn.isAfter(today)) {
            p.errors.add(new FieldError("effectiveOn", "registry.effectiveOn.future"));
        }
        checkDecision(c, in, p);
        p.note = Text.clean(in.note());
        if (p.note != null && p.note.length() > 2000) {
            p.errors.add(new FieldError("note", "field.tooLong"));
        }
        if (!p.errors.isEmpty() && (p.kind == null || !KINDS.contains(p.kind) || p.effectiveOn == null)) {
            return p;
        }
        p.unitIds = in.unitIds() == null ? List.of() : in.unitIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        boolean needsUnits = !p.kind.equals("ESTABLISH");
        if (needsUnits) {
            if (p.unitIds.isEmpty()) {
                p.errors.add(new FieldError("unitIds", "registry.units.required"));
                return p;
            }
            if ((p.kind.equals("RENAME") || p.kind.equals("SPLIT")) && p.unitIds.size() > 1) {
                p.errors.add(new FieldError("unitIds", "registry.units.one"));
                return p;
            }
            p.units = units(c, p.unitIds, p.effectiveOn, true);
            if (p.units.size() < p.unitIds.size()) {
                p.errors.add(new FieldError("unitIds", "registry.units.unknown"));
                return p;
            }
            if (p.units.values().stream().anyMatch(u -> !u.active())) {
                p.errors.add(new FieldError("unitIds", "registry.units.inactive"));
                return p;
            }
            if (p.units.values().stream().anyMatch(u -> u.first() != null && u.first().isAfter(p.effectiveOn))) {
                p.errors.add(new FieldError("effectiveOn", "registry.effectiveOn.beforeUnit"));
                return p;
            }
            if (p.units.values().stream().anyMatch(Unit::later)) {
                p.errors.add(new FieldError("effectiveOn", "registry.effectiveOn.beforeLatest"));
                return p;
            }
            for (Unit a : p.units.values()) {
                for (Unit b : p.units.values()) {
                    if (a.id() != b.id() && b.path().startsWith(a.path())) {
                        p.errors.add(new FieldError("unitIds", "registry.units.nested"));
                        return p;
                    }
                }
            }
        }
        switch (p.kind) {
            case "ESTABLISH" -> planEstablish(c, in, p);
            case "RENAME" -> planRename(c, in, p);
            case "TRANSFER" -> planTransfer(c, in, p);
            case "MERGE" -> planMerge(c, in, p);
            case "SPLIT" -> planSplit(c, in, p);
            case "DISSOLVE" -> planDissolve(c, p);
            default -> throw new IllegalStateException(p.kind);
        }
        return p;
    }

    private void checkDecision(Connection c, RegistryChange in, Plan p) throws SQLException {
        RegistryChange.DecisionInput d = in.decision();
        p.number = d == null ? null : Text.clean(d.number());
        p.decidedOn = d == null ? null : d.decidedOn();
        p.issuerId = d == null ? null : d.issuerId();
        if (p.number == null) {
            p.errors.add(new FieldError("decision.number", "registry.decision.number.required"));
        } else if (p.number.length() > 60) {
            p.errors.add(new FieldError("decision.number", "field.tooLong"));
        }
        if (p.decidedOn == null) {
            p.errors.add(new FieldError("decision.decidedOn", "registry.decision.decidedOn.required"));
        } else if (p.effectiveOn != null && p.decidedOn.isAfter(p.effectiveOn.plusDays(366))) {
            p.errors.add(new FieldError("decision.decidedOn", "registry.decision.decidedOn.late"));
        } else if (p.decidedOn.isAfter(Clocks.today(clock))) {
            p.errors.add(new FieldError("decision.decidedOn", "registry.decision.decidedOn.future"));
        }
        if (p.issuerId == null) {
            p.errors.add(new FieldError("decision.issuerId", "registry.decision.issuer.required"));
        } else {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM organisation o JOIN organisation_type t ON t.id = o.type_id"
                    + " WHERE o.id = ? AND t.has_subordinates")) {
                s.setLong(1, p.issuerId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        p.errors.add(new FieldError("decision.issuerId", "registry.decision.issuer.unknown"));
                    }
                }
            }
        }
    }

    /** The superior a change places units under: it must exist on the day, be active and take subordinates. */
    private Unit target(Connection c, Long id, Plan p, boolean required) throws SQLException {
        if (id == null) {
            if (required) {
                p.errors.add(new FieldError("targetId", "registry.target.required"));
            }
            return null;
        }
        Unit t = units(c, List.of(id), p.effectiveOn, false).get(id);
        if (t == null) {
            p.errors.add(new FieldError("targetId", "registry.target.unknown"));
        } else if (!t.active()) {
            p.errors.add(new FieldError("targetId", "registry.target.dissolved"));
        } else if (t.first() != null && t.first().isAfter(p.effectiveOn)) {
            p.errors.add(new FieldError("targetId", "registry.target.future"));
        } else if (p.units.values().stream().anyMatch(u -> t.path().startsWith(u.path()))) {
            p.errors.add(new FieldError("targetId", "registry.target.ownAncestor"));
        } else {
            return t;
        }
        return null;
    }

    private void planEstablish(Connection c, RegistryChange in, Plan p) throws SQLException {
        // without a superior: a committee at the top of the tree (a new city or ward committee)
        p.target = target(c, in.targetId(), p, false);
        if (p.target != null && !p.target.hasSubordinates()) {
            p.errors.add(new FieldError("targetId", "registry.target.noSubordinates"));
        }
        List<NewUnit> news = in.newUnits() == null ? List.of() : in.newUnits();
        if (news.size() != 1) {
            p.errors.add(new FieldError("newUnits", "registry.newUnits.one"));
            return;
        }
        creations(c, news, null, p);
        if (p.errors.isEmpty()) {
            Creation n = p.creations.get(0);
            p.moves.add(new RegistryMove(null, n.code(), n.name(), "ESTABLISH", null, p.target == null ? null : p.target.name()));
        }
    }

    private void planRename(Connection c, RegistryChange in, Plan p) throws SQLException {
        Unit u = p.units.values().iterator().next();
        p.name = Text.clean(in.name());
        p.code = Text.clean(in.code());
        if (p.name == null) {
            p.errors.add(new FieldError("name", "organisation.name.required"));
        } else if (p.name.length() > 300) {
            p.errors.add(new FieldError("name", "field.tooLong"));
        }
        if (p.code != null) {
            checkCode("code", p.code, u.id(), Set.of(), c, p);
        }
        if (p.errors.isEmpty() && p.name.equals(u.name()) && (p.code == null || p.code.equals(u.code()))) {
            p.errors.add(new FieldError("name", "registry.name.unchanged"));
        }
        if (p.errors.isEmpty()) {
            p.moves.add(new RegistryMove(u.id(), u.code(), u.name(), "RENAME", u.name(),
                    p.name + (p.code == null || p.code.equals(u.code()) ? "" : " (" + p.code + ")")));
        }
    }

    private void planTransfer(Connection c, RegistryChange in, Plan p) throws SQLException {
        p.target = target(c, in.targetId(), p, true);
        if (p.target == null) {
            return;
        }
        if (!p.target.hasSubordinates()) {
            p.errors.add(new FieldError("targetId", "registry.target.noSubordinates"));
            return;
        }
        if (p.units.values().stream().allMatch(u -> p.target.id() == (u.parentId() == null ? -1 : u.parentId()))) {
            p.errors.add(new FieldError("targetId", "registry.target.unchanged"));
            return;
        }
        p.below = below(c, p.units.values(), p.effectiveOn, false);
        if (p.below.stream().anyMatch(Unit::later)) {
            p.errors.add(new FieldError("effectiveOn", "registry.effectiveOn.beforeLatest"));
            return;
        }
        for (Unit u : p.units.values()) {
            p.moves.add(new RegistryMove(u.id(), u.code(), u.name(), "TRANSFER", u.parentName(), p.target.name()));
        }
        for (Unit u : p.below) {
            if (u.active()) {
                p.moves.add(new RegistryMove(u.id(), u.code(), u.name(), "MOVES_WITH", u.parentName(), u.parentName()));
            }
        }
    }

    private void planMerge(Connection c, RegistryChange in, Plan p) throws SQLException {
        if (in.targetId() != null && p.units.containsKey(in.targetId())) {
            p.errors.add(new FieldError("targetId", "registry.target.inUnits"));
            return;
        }
        p.target = target(c, in.targetId(), p, true);
        if (p.target == null) {
            return;
        }
        if (p.target.later()) {
            p.errors.add(new FieldError("effectiveOn", "registry.effectiveOn.beforeLatest"));
            return;
        }
        p.below = children(c, p.units.keySet(), p.effectiveOn);
        if (!p.below.isEmpty() && !p.target.hasSubordinates()) {
            p.errors.add(new FieldError("targetId", "registry.target.noSubordinates"));
            return;
        }
        if (p.below.stream().anyMatch(Unit::later)) {
            p.errors.add(new FieldError("effectiveOn", "registry.effectiveOn.beforeLatest"));
            return;
        }
        int total = p.target.total();
        for (Unit u : p.units.values()) {
            p.moves.add(new RegistryMove(u.id(), u.code(), u.name(), "MERGED", u.name(), p.target.name()));
            total += u.total();
        }
        p.moves.add(new RegistryMove(p.target.id(), p.target.code(), p.target.name(), "ABSORBS",
                String.valueOf(p.target.total()), String.valueOf(total)));
        for (Unit u : p.below) {
            p.moves.add(new RegistryMove(u.id(), u.code(), u.name(), "SUBORDINATE_MOVES", u.parentName(), p.target.name()));
        }
    }

    private void planSplit(Connection c, RegistryChange in, Plan p) throws SQLException {
        Unit source = p.units.values().iterator().next();
        if (in.targetId() != null) {
            p.target = target(c, in.targetId(), p, false);
            if (p.target == null) {
                return;
            }
        }
        List<NewUnit> news = in.newUnits() == null ? List.of() : in.newUnits();
        if (news.size() < 2) {
            p.errors.add(new FieldError("newUnits", "registry.newUnits.two"));
            return;
        }
        creations(c, news, source, p);
        p.below = children(c, p.units.keySet(), p.effectiveOn);
        if (p.below.stream().anyMatch(Unit::later)) {
            p.errors.add(new FieldError("effectiveOn", "registry.effectiveOn.beforeLatest"));
        }
        if (!p.errors.isEmpty()) {
            return;
        }
        // each subordinate unit goes to the new unit that lists it, the rest to the first
        Map<Long, Integer> taker = new HashMap<>();
        Set<Long> below = new HashSet<>(p.below.stream().map(Unit::id).toList());
        for (int i = 0; i < news.size(); i++) {
            for (Long id : news.get(i).subordinates()) {
                if (id == null || !below.contains(id) || taker.putIfAbsent(id, i) != null) {
                    p.errors.add(new FieldError("newUnits[" + i + "].subordinateIds", "registry.split.subordinate"));
                }
            }
        }
        if (!p.errors.isEmpty()) {
            return;
        }
        p.takers = taker;
        String superior = p.target == null ? source.parentName() : p.target.name();
        p.moves.add(new RegistryMove(source.id(), source.code(), source.name(), "SPLIT", source.name(),
                String.join("; ", p.creations.stream().map(Creation::name).toList())));
        for (Creation n : p.creations) {
            p.moves.add(new RegistryMove(null, n.code(), n.name(), "ESTABLISH", source.name(), superior));
        }
        for (Unit u : p.below) {
            p.moves.add(new RegistryMove(u.id(), u.code(), u.name(), "SUBORDINATE_MOVES", source.name(),
                    p.creations.get(taker.getOrDefault(u.id(), 0)).name()));
        }
    }

    private void planDissolve(Connection c, Plan p) throws SQLException {
        p.below = below(c, p.units.values(), p.effectiveOn, true);
        if (p.below.stream().anyMatch(Unit::later)) {
            p.errors.add(new FieldError("effectiveOn", "registry.effectiveOn.beforeLatest"));
            return;
        }
        for (Unit u : p.units.values()) {
            p.moves.add(new RegistryMove(u.id(), u.code(), u.name(), "DISSOLVE", u.parentName(), null));
        }
        for (Unit u : p.below) {
            p.moves.add(new RegistryMove(u.id(), u.code(), u.name(), "DISSOLVE", u.parentName(), null));
        }
    }

    /** New units checked one by one (fields named newUnits[i].…); type, bloc and sector default to {@code source}'s. */
    private void creations(Connection c, List<NewUnit> news, Unit source, Plan p) throws SQLException {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < news.size(); i++) {
            NewUnit n = news.get(i);
            String f = "newUnits[" + i + "].";
            if (n == null) {
                p.errors.add(new FieldError("newUnits[" + i + "]", "field.required"));
                continue;
            }
            int before = p.errors.size();
            String code = Text.clean(n.code());
            String name = Text.clean(n.name());
            if (code == null) {
                p.errors.add(new FieldError(f + "code", "organisation.code.required"));
            } else {
                checkCode(f + "code", code, null, codes, c, p);
                codes.add(code.toLowerCase(Locale.ROOT));
            }
            if (name == null) {
                p.errors.add(new FieldError(f + "name", "organisation.name.required"));
            } else if (name.length() > 300) {
                p.errors.add(new FieldError(f + "name", "field.tooLong"));
            }
            Long type = reference(c, "organisation_type", Text.clean(n.typeCode()), f + "typeCode", "organisation.type.unknown", p);
            if (type == null && Text.clean(n.typeCode()) == null) {
                if (source == null) {
                    p.errors.add(new FieldError(f + "typeCode", "organisation.type.required"));
                } else {
                    type = source.typeId();
                }
            }
            Long bloc = reference(c, "bloc", Text.clean(n.blocCode()), f + "blocCode", "organisation.bloc.unknown", p);
            if (bloc == null && Text.clean(n.blocCode()) == null) {
                bloc = source == null ? (p.target == null ? null : p.target.blocId()) : source.blocId();
            }
            Long sector = reference(c, "sector", Text.clean(n.sectorCode()), f + "sectorCode", "organisation.sector.unknown", p);
            if (sector == null && Text.clean(n.sectorCode()) == null && source != null) {
                sector = source.sectorId();
            }
            int full = members(n.membersFull(), f + "membersFull", p);
            int probationary = members(n.membersProbationary(), f + "membersProbationary", p);
            int total = n.membersTotal() == null ? full + probationary : members(n.membersTotal(), f + "membersTotal", p);
            if (total != full + probationary && p.errors.size() == before) {
                p.errors.add(new FieldError(f + "membersTotal", "organisation.members.addUp", Map.of("full", full, "probationary", probationary)));
            }
            if (p.errors.size() == before) {
                p.creations.add(new Creation(code, name, type, bloc, sector, total, full, probationary));
            }
        }
    }

    private static int members(Integer value, String field, Plan p) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            p.errors.add(new FieldError(field, "field.notNegative"));
            return 0;
        }
        if (value > 1_000_000) {
            p.errors.add(new FieldError(field, "field.tooLarge"));
            return 0;
        }
        return value;
    }

    private static Long reference(Connection c, String table, String code, String field, String unknown, Plan p) throws SQLException {
        if (code == null) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM " + table + " WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        p.errors.add(new FieldError(field, unknown));
        return null;
    }

    private static void checkCode(String field, String code, Long own, Set<String> taken, Connection c, Plan p) throws SQLException {
        if (code.length() > 30) {
            p.errors.add(new FieldError(field, "field.tooLong"));
            return;
        }
        if (!CODE.matcher(code).matches()) {
            p.errors.add(new FieldError(field, "organisation.code.pattern"));
            return;
        }
        if (taken.contains(code.toLowerCase(Locale.ROOT))) {
            p.errors.add(new FieldError(field, "organisation.code.taken"));
            return;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM organisation WHERE lower(code) = lower(?)")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (own == null || r.getLong(1) != own) {
                        p.errors.add(new FieldError(field, "organisation.code.taken"));
                        return;
                    }
                }
            }
        }
    }

    private static final String UNIT = """
            SELECT o.id, o.code, o.name, o.active, o.path, o.parent_id, p.name, t.has_subordinates, o.type_id, o.bloc_id,
                   o.sector_id, o.members_total, o.members_full, o.members_probationary,
                   (SELECT min(v.valid_from) FROM organisation_version v WHERE v.organisation_id = o.id),
                   EXISTS (SELECT 1 FROM organisation_version v WHERE v.organisation_id = o.id AND (v.valid_from > ? OR v.valid_to > ?))
            FROM organisation o JOIN organisation_type t ON t.id = o.type_id LEFT JOIN organisation p ON p.id = o.parent_id
            """;

    /** The units by id, locked for the change when {@code lock}. */
    private static Map<Long, Unit> units(Connection c, List<Long> ids, LocalDate day, boolean lock) throws SQLException {
        return select(c, UNIT + " WHERE o.id = ANY(?) ORDER BY o.path" + (lock ? " FOR UPDATE OF o" : ""), day, s -> s.setArray(3, longs(c, ids)));
    }

    /** Everything under the units (not the units themselves), active or not when {@code onlyActive} is false. */
    private static List<Unit> below(Connection c, java.util.Collection<Unit> units, LocalDate day, boolean onlyActive) throws SQLException {
        Array prefixes = c.createArrayOf("varchar", units.stream().map(u -> u.path() + "_%").toArray());
        return new ArrayList<>(select(c, UNIT + " WHERE o.path LIKE ANY(?)" + (onlyActive ? " AND o.active" : "")
                + " ORDER BY o.path FOR UPDATE OF o", day, s -> s.setArray(3, prefixes)).values());
    }

    /** The active units directly under the units. */
    private static List<Unit> children(Connection c, Set<Long> ids, LocalDate day) throws SQLException {
        return new ArrayList<>(select(c, UNIT + " WHERE o.parent_id = ANY(?) AND o.active ORDER BY o.path FOR UPDATE OF o",
                day, s -> s.setArray(3, longs(c, ids))).values());
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private static Map<Long, Unit> select(Connection c, String sql, LocalDate day, Binder binder) throws SQLException {
        Map<Long, Unit> found = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(day));
            s.setDate(2, Date.valueOf(day));
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Date first = r.getDate(15);
                    found.put(r.getLong(1), new Unit(r.getLong(1), r.getString(2), r.getString(3), r.getBoolean(4), r.getString(5),
                            (Long) r.getObject(6), r.getString(7), r.getBoolean(8), r.getLong(9), (Long) r.getObject(10),
                            (Long) r.getObject(11), r.getInt(12), r.getInt(13), r.getInt(14),
                            first == null ? null : first.toLocalDate(), r.getBoolean(16)));
                }
            }
        }
        return found;
    }

    private static Array longs(Connection c, java.util.Collection<Long> ids) throws SQLException {
        return c.createArrayOf("bigint", ids.toArray());
    }

    // ---- writing

    /** The decision, and the transaction's settings the version trigger reads. */
    private long decide(Connection c, Plan p) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO registry_decision (kind, number, decided_on, issuer_id, effective_on, note, actor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, p.kind);
            s.setString(2, p.number);
            s.setDate(3, Date.valueOf(p.decidedOn));
            s.setLong(4, p.issuerId);
            s.setDate(5, Date.valueOf(p.effectiveOn));
            s.setString(6, p.note);
            s.setString(7, caller.auditName());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('partytrack.effective_on', ?, true),"
                + " set_config('partytrack.decision_id', ?, true)")) {
            s.setString(1, p.effectiveOn.toString());
            s.setString(2, String.valueOf(id));
            s.executeQuery().close();
        }
        return id;
    }

    private List<Long> write(Connection c, Plan p, long decision) throws SQLException {
        Array units = longs(c, p.units.keySet());
        List<Long> established = new ArrayList<>();
        switch (p.kind) {
            case "ESTABLISH" -> established.add(insert(c, p.creations.get(0), p.target == null ? null : p.target.id()));
            case "RENAME" -> update(c, "UPDATE organisation SET name = ?, code = coalesce(?, code), version = version + 1 WHERE id = ?",
                    s -> {
                        s.setString(1, p.name);
                        s.setString(2, p.code);
                        s.setLong(3, p.unitIds.get(0));
                    });
            case "TRANSFER" -> update(c, "UPDATE organisation SET parent_id = ?, version = version + 1 WHERE id = ANY(?) AND parent_id IS DISTINCT FROM ?",
                    s -> {
                        s.setLong(1, p.target.id());
                        s.setArray(2, units);
                        s.setLong(3, p.target.id());
                    });
            case "MERGE" -> {
                moveChildren(c, units, p.target.id());
                update(c, """
                        UPDATE organisation o SET members_total = o.members_total + m.total, members_full = o.members_full + m.full,
                               members_probationary = o.members_probationary + m.probationary, version = o.version + 1
                        FROM (SELECT sum(members_total) AS total, sum(members_full) AS full, sum(members_probationary) AS probationary
                              FROM organisation WHERE id = ANY(?)) m
                        WHERE o.id = ? AND m.total > 0""", s -> {
                    s.setArray(1, units);
                    s.setLong(2, p.target.id());
                });
                dissolve(c, units, p.effectiveOn, false);
                succeed(c, units, longs(c, List.of(p.target.id())), decision);
            }
            case "SPLIT" -> {
                long source = p.unitIds.get(0);
                Long superior = p.target != null ? p.target.id() : p.units.get(source).parentId();
                for (Creation n : p.creations) {
                    established.add(insert(c, n, superior));
                }
                for (int i = 1; i < established.size(); i++) {
                    int taker = i;
                    List<Long> taken = p.takers.entrySet().stream().filter(e -> e.getValue() == taker).map(Map.Entry::getKey).toList();
                    if (!taken.isEmpty()) {
                        long to = established.get(i);
                        update(c, "UPDATE organisation SET parent_id = ?, version = version + 1 WHERE id = ANY(?) AND active", s -> {
                            s.setLong(1, to);
                            s.setArray(2, longs(c, taken));
                        });
                    }
                }
                moveChildren(c, units, established.get(0));
                dissolve(c, units, p.effectiveOn, false);
                succeed(c, units, longs(c, established), decision);
            }
            case "DISSOLVE" -> dissolve(c, units, p.effectiveOn, true);
            default -> throw new IllegalStateException(p.kind);
        }
        return established;
    }

    private static void update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            s.executeUpdate();
        }
    }

    private static long insert(Connection c, Creation n, Long parent) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO organisation (code, name, type_id, parent_id, bloc_id, sector_id, members_total, members_full,
                                          members_probationary, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now()) RETURNING id""")) {
            s.setString(1, n.code());
            s.setString(2, n.name());
            s.setLong(3, n.typeId());
            s.setObject(4, parent, Types.BIGINT);
            s.setObject(5, n.blocId(), Types.BIGINT);
            s.setObject(6, n.sectorId(), Types.BIGINT);
            s.setInt(7, n.total());
            s.setInt(8, n.full());
            s.setInt(9, n.probationary());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The active units directly under {@code units} go under {@code to}, with their subtrees (one statement). */
    private static void moveChildren(Connection c, Array units, long to) throws SQLException {
        update(c, "UPDATE organisation SET parent_id = ?, version = version + 1 WHERE parent_id = ANY(?) AND active", s -> {
            s.setLong(1, to);
            s.setArray(2, units);
        });
    }

    /** The units end on the day; with {@code subtree}, every active unit under them too. */
    private static void dissolve(Connection c, Array units, LocalDate day, boolean subtree) throws SQLException {
        update(c, "UPDATE organisation o SET active = false, deactivated_at = (?::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',"
                + " version = o.version + 1 WHERE o.active AND (o.id = ANY(?)"
                + (subtree ? " OR o.path LIKE ANY(SELECT u.path || '_%' FROM organisation u WHERE u.id = ANY(?))" : "") + ")", s -> {
            s.setString(1, day.toString());
            s.setArray(2, units);
            if (subtree) {
                s.setArray(3, units);
            }
        });
    }

    private static void succeed(Connection c, Array predecessors, Array successors, long decision) throws SQLException {
        update(c, """
                INSERT INTO organisation_succession (predecessor_id, successor_id, decision_id)
                SELECT p, s, ? FROM unnest(?::bigint[]) p CROSS JOIN unnest(?::bigint[]) s
                ON CONFLICT (predecessor_id, successor_id) DO UPDATE SET decision_id = EXCLUDED.decision_id""", s -> {
            s.setLong(1, decision);
            s.setArray(2, predecessors);
            s.setArray(3, successors);
        });
    }

    // ---- reading

    /** A unit's versions, predecessors and successors, for whoever may read the unit. */
    public OrganisationHistory history(Long id) {
        Organisation o = Records.find(em, Organisation.class, id, "organisation");
        caller.requireRead(o);
        @SuppressWarnings("unchecked")
        List<Object[]> versions = em.createNativeQuery("""
                SELECT v.valid_from, v.valid_to, v.code, v.name, t.code, v.parent_id,
                       coalesce((SELECT pv.name FROM organisation_version pv WHERE pv.organisation_id = v.parent_id
                                 AND pv.valid_from <= v.valid_from ORDER BY pv.valid_from DESC LIMIT 1), p.name),
                       b.code, s.code, v.members_total,
                       d.id, d.kind, d.number, d.decided_on, d.issuer_id, i.name, d.effective_on
                FROM organisation_version v JOIN organisation_type t ON t.id = v.type_id
                LEFT JOIN organisation p ON p.id = v.parent_id LEFT JOIN bloc b ON b.id = v.bloc_id
                LEFT JOIN sector s ON s.id = v.sector_id LEFT JOIN registry_decision d ON d.id = v.decision_id
                LEFT JOIN organisation i ON i.id = d.issuer_id
                WHERE v.organisation_id = ?1 ORDER BY v.valid_from""").setParameter(1, id).getResultList();
        List<HistoryVersion> rows = versions.stream().map(r -> new HistoryVersion(date(r[0]), date(r[1]), (String) r[2],
                (String) r[3], (String) r[4], number(r[5]), (String) r[6], (String) r[7], (String) r[8],
                ((Number) r[9]).intValue(), decision(r, 10))).toList();
        return new OrganisationHistory(id, rows, links(id, true), links(id, false));
    }

    private List<HistoryLink> links(Long id, boolean predecessors) {
        String other = predecessors ? "predecessor_id" : "successor_id";
        String self = predecessors ? "successor_id" : "predecessor_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.code, o.name, d.id, d.kind, d.number, d.decided_on, d.issuer_id,"
                + " i.name, d.effective_on FROM organisation_succession x JOIN organisation o ON o.id = x." + other
                + " JOIN registry_decision d ON d.id = x.decision_id LEFT JOIN organisation i ON i.id = d.issuer_id"
                + " WHERE x." + self + " = ?1 ORDER BY d.effective_on, o.name").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new HistoryLink(number(r[0]), (String) r[1], (String) r[2], decision(r, 3))).toList();
    }

    private static DecisionSummary decision(Object[] r, int at) {
        if (r[at] == null) {
            return null;
        }
        return new DecisionSummary(number(r[at]), (String) r[at + 1], (String) r[at + 2], date(r[at + 3]), number(r[at + 4]),
                (String) r[at + 5], date(r[at + 6]));
    }

    private static Long number(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    /** Committees that issue registry decisions: the active units that take subordinates, in tree order. */
    public List<ReferenceItem> issuers() {
        caller.requireRegistrar();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.name FROM organisation o JOIN organisation_type t ON t.id = o.type_id"
                + " WHERE o.active AND t.has_subordinates AND NOT t.grassroots ORDER BY o.path").getResultList();
        return rows.stream().map(r -> new ReferenceItem(String.valueOf(r[0]), (String) r[1], (String) r[1])).toList();
    }
}
