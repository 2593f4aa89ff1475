package vn.partytrack.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.organisation.OrganisationAccess;
import vn.partytrack.organisation.OrganisationFilter;
import vn.partytrack.organisation.OrganisationRow;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.ReferenceItem;
import vn.partytrack.organisation.RegistryChange;
import vn.partytrack.organisation.RegistryChangeResult;
import vn.partytrack.organisation.RegistryChanges;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.ConcurrentEdit;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One screen for every registry change: choose the kind, the units, where they go, the decision and the day; preview
 * what moves; confirm. Units are chosen by name or code as typed (the registry's own search).
 */
@Named("registryChangesView")
@ViewScoped
public class RegistryChangesPage implements Serializable {

    public static final List<String> KINDS = List.of("TRANSFER", "MERGE", "SPLIT", "RENAME", "ESTABLISH", "DISSOLVE");

    @Inject
    RegistryChanges changes;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationAccess caller;

    @Inject
    Clock clock;

    private String kind = "TRANSFER";
    private List<String> units = new ArrayList<>();
    private String target;
    private String unitToAdd;
    private String name;
    private String code;
    private List<NewUnitRow> newUnits = new ArrayList<>();
    private String decisionNumber;
    private LocalDate decidedOn;
    private Long issuerId;
    private LocalDate effectiveOn;
    private String note;
    private List<ReferenceItem> issuers = List.of();
    private RegistryChangeResult preview;
    private RegistryChangeResult recorded;
    /** The units offered so far, by the label shown: what the person picked resolves to an id here. */
    private final Map<String, Long> offered = new HashMap<>();

    /** A new unit of a split or establishment as typed. */
    public static class NewUnitRow implements Serializable {
        private String code;
        private String name;
        private String typeCode;
        private Integer membersFull = 0;
        private Integer membersProbationary = 0;
        /** A split: the codes of the split unit's subordinate units this new unit takes, separated by commas. */
        private String subordinateCodes;

        public String getSubordinateCodes() { return subordinateCodes; }
        public void setSubordinateCodes(String subordinateCodes) { this.subordinateCodes = subordinateCodes; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTypeCode() { return typeCode; }
        public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
        public Integer getMembersFull() { return membersFull; }
        public void setMembersFull(Integer membersFull) { this.membersFull = membersFull; }
        public Integer getMembersProbationary() { return membersProbationary; }
        public void setMembersProbationary(Integer membersProbationary) { this.membersProbationary = membersProbationary; }
    }

    public void load() {
        if (!issuers.isEmpty()) {
            return;
        }
        try {
            caller.requireRegistrar();
            issuers = changes.issuers();
            LocalDate today = LocalDate.now(clock);
            effectiveOn = today;
            decidedOn = today;
            issuerId = issuers.isEmpty() ? null : Long.valueOf(issuers.get(0).code());
            kindChanged();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        }
    }

    /** Units matching what was typed: "name (code)". */
    public List<String> complete(String query) {
        List<OrganisationRow> rows = organisations.rows(new OrganisationFilter(null, null, null, query, false, "name", false), 0, 15);
        List<String> labels = new ArrayList<>();
        for (OrganisationRow r : rows) {
            String label = r.name() + " (" + r.code() + ")";
            offered.put(label, r.id());
            labels.add(label);
        }
        return labels;
    }

    /** The unit just picked joins the chosen ones. */
    public void addUnit() {
        if (unitToAdd != null && offered.containsKey(unitToAdd) && !units.contains(unitToAdd)) {
            units.add(unitToAdd);
        }
        unitToAdd = null;
        preview = null;
    }

    public void removeUnit(int index) {
        if (index >= 0 && index < units.size()) {
            units.remove(index);
        }
        preview = null;
    }

    public void kindChanged() {
        preview = null;
        int rows = "SPLIT".equals(kind) ? 2 : "ESTABLISH".equals(kind) ? 1 : 0;
        while (newUnits.size() < rows) {
            newUnits.add(new NewUnitRow());
        }
        while (newUnits.size() > rows) {
            newUnits.remove(newUnits.size() - 1);
        }
    }

    public void addNewUnit() {
        newUnits.add(new NewUnitRow());
        preview = null;
    }

    public void preview() {
        recorded = null;
        preview = send(true);
    }

    public void confirm() {
        RegistryChangeResult result = send(false);
        if (result != null) {
            recorded = result;
            preview = null;
            FacesFeedback.info("registry.recorded", decisionNumber);
            units = new ArrayList<>();
            target = null;
            name = null;
            code = null;
            newUnits = new ArrayList<>();
            kindChanged();
        }
    }

    private RegistryChangeResult send(boolean onlyPreview) {
        try {
            return changes.record(request(onlyPreview));
        } catch (InvalidInput e) {
            FacesFeedback.show(new InvalidInput(e.errors().stream().map(RegistryChangesPage::onPage).toList()), "change");
        } catch (ConcurrentEdit e) {
            FacesFeedback.error("problem.conflict.detail");
        }
        return null;
    }

    /** The service's field names as this page's inputs are called. */
    private static FieldError onPage(FieldError e) {
        String field = switch (e.field()) {
            case "decision.number" -> "decisionNumber";
            case "decision.decidedOn" -> "decidedOn";
            case "decision.issuerId" -> "issuerId";
            case "unitIds" -> "units";
            case "targetId" -> "target";
            default -> e.field();
        };
        return new FieldError(field, e.messageKey(), e.arguments());
    }

    private RegistryChange request(boolean onlyPreview) {
        List<Long> ids = new ArrayList<>();
        for (String label : units) {
            Long id = offered.get(label);
            if (id == null) {
                throw new InvalidInput("unitIds", "registry.units.unknown");
            }
            ids.add(id);
        }
        Long targetId = null;
        if (target != null && !target.isBlank()) {
            targetId = offered.get(target);
            if (targetId == null) {
                throw new InvalidInput("targetId", "registry.target.unknown");
            }
        }
        List<RegistryChange.NewUnit> news = newUnits.stream().map(n -> new RegistryChange.NewUnit(n.getCode(), n.getName(),
                n.getTypeCode(), null, null, null, n.getMembersFull(), n.getMembersProbationary(),
                organisations.idsByCode(n.getSubordinateCodes()))).toList();
        return new RegistryChange(kind, ids, targetId, name, code, news,
                new RegistryChange.DecisionInput(decisionNumber, decidedOn, issuerId), effectiveOn, note, onlyPreview);
    }

    public List<String> getKinds() { return KINDS; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public List<String> getUnits() { return units; }
    public void setUnits(List<String> units) { this.units = units == null ? new ArrayList<>() : new ArrayList<>(units); }
    public String getUnitToAdd() { return unitToAdd; }
    public void setUnitToAdd(String unitToAdd) { this.unitToAdd = unitToAdd; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public List<NewUnitRow> getNewUnits() { return newUnits; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public Long getIssuerId() { return issuerId; }
    public void setIssuerId(Long issuerId) { this.issuerId = issuerId; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<ReferenceItem> getIssuers() { return issuers; }
    public RegistryChangeResult getPreview() { return preview; }
    public RegistryChangeResult getRecorded() { return recorded; }
    public boolean isWithTarget() { return !"RENAME".equals(kind) && !"DISSOLVE".equals(kind); }
    public boolean isWithUnits() { return !"ESTABLISH".equals(kind); }
    public boolean isWithNewUnits() { return "SPLIT".equals(kind) || "ESTABLISH".equals(kind); }
    public boolean isRename() { return "RENAME".equals(kind); }
}
