package vn.partytrack.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.FacesFeedback;
import vn.partytrack.rating.RuleSet;
import vn.partytrack.rating.RuleSetEditor;
import vn.partytrack.rating.RuleSets;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's rating rules: a rule set's thresholds, editable until a rating is decided under it, and a new
 * year's rule set copied from another.
 */
@Named
@ViewScoped
public class RuleSetsPage implements Serializable {

    @Inject
    RuleSetEditor editor;

    @Inject
    RuleSets ruleSets;

    private List<RuleSet> all = List.of();
    private String code;
    private RuleSetEditor.Editable current;
    private final Map<String, String> errors = new HashMap<>();
    // the thresholds being edited
    private String nameVi;
    private String nameEn;
    private String sources;
    private BigDecimal memberQuotaPercent;
    private BigDecimal orgQuotaPercent;
    private String quotaGroup;
    private String disciplinedCap;
    private boolean overrideAllowed;
    // Object: the page's number inputs write whatever number type their converter makes into the map
    private final Map<String, Object> minScores = new LinkedHashMap<>();
    // the new year's rule set
    private String copyOf;
    private String newCode;
    private Integer fromYear;

    public void load() {
        if (current != null) {
            return;
        }
        try {
            all = editor.list();
            if (code == null || all.stream().noneMatch(r -> r.code().equals(code))) {
                code = all.isEmpty() ? null : all.get(all.size() - 1).code();
            }
            copyOf = code;
            show();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    private void show() {
        if (code == null) {
            return;
        }
        current = editor.get(code);
        RuleSet r = current.rules();
        nameVi = r.nameVi();
        nameEn = r.nameEn();
        sources = r.sources();
        memberQuotaPercent = r.memberQuotaPercent();
        orgQuotaPercent = r.orgQuotaPercent();
        quotaGroup = r.quotaGroup().name();
        disciplinedCap = r.disciplinedCap();
        overrideAllowed = r.overrideAllowed();
        minScores.clear();
        r.levels().forEach(l -> minScores.put(l.code(), l.minScore()));
    }

    /** Another rule set chosen. */
    public void choose() {
        errors.clear();
        show();
    }

    public void save() {
        Map<String, BigDecimal> scores = null;
        if (current.rules().scored()) {
            scores = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : minScores.entrySet()) {
                scores.put(e.getKey(), e.getValue() == null || e.getValue().toString().isBlank() ? null : new BigDecimal(e.getValue().toString()));
            }
        }
        Map<String, BigDecimal> given = scores;
        if (FacesFeedback.attempt(() -> editor.adjust(code, new RuleSetEditor.Thresholds(current.version(), nameVi, nameEn, sources,
                memberQuotaPercent, orgQuotaPercent, quotaGroup, disciplinedCap, overrideAllowed, given)), "rating.rules.saved", errors, "")) {
            all = editor.list();
            show();
        }
    }

    public void create() {
        if (FacesFeedback.attempt(() -> editor.create(new RuleSetEditor.NewRuleSet(copyOf, newCode, fromYear, null, null, null)),
                "rating.rules.created", errors, "")) {
            code = newCode;
            newCode = null;
            fromYear = null;
            all = editor.list();
            show();
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<String> getLevelCodes() {
        return current == null ? List.of() : current.rules().levels().stream().map(RuleSet.RatingLevel::code).toList();
    }

    public List<RuleSet> getAll() { return all; }
    public RuleSetEditor.Editable getCurrent() { return current; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getSources() { return sources; }
    public void setSources(String sources) { this.sources = sources; }
    public BigDecimal getMemberQuotaPercent() { return memberQuotaPercent; }
    public void setMemberQuotaPercent(BigDecimal v) { this.memberQuotaPercent = v; }
    public BigDecimal getOrgQuotaPercent() { return orgQuotaPercent; }
    public void setOrgQuotaPercent(BigDecimal v) { this.orgQuotaPercent = v; }
    public String getQuotaGroup() { return quotaGroup; }
    public void setQuotaGroup(String quotaGroup) { this.quotaGroup = quotaGroup; }
    public String getDisciplinedCap() { return disciplinedCap; }
    public void setDisciplinedCap(String disciplinedCap) { this.disciplinedCap = disciplinedCap; }
    public boolean isOverrideAllowed() { return overrideAllowed; }
    public void setOverrideAllowed(boolean overrideAllowed) { this.overrideAllowed = overrideAllowed; }
    public Map<String, Object> getMinScores() { return minScores; }
    public String getCopyOf() { return copyOf; }
    public void setCopyOf(String copyOf) { this.copyOf = copyOf; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public Integer getFromYear() { return fromYear; }
    public void setFromYear(Integer fromYear) { this.fromYear = fromYear; }
    public Map<String, String> getErrors() { return errors; }
}
