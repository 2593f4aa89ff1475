package vn.partytrack.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.account.Caller;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Opened;
import vn.partytrack.platform.web.FacesFeedback;
import vn.partytrack.rating.RatingDetails;
import vn.partytrack.rating.RatingForm;
import vn.partytrack.rating.RatingService;
import vn.partytrack.rating.RuleSet;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One organisation's rating for a year: its secretary writes and submits the self-assessment, board staff return or
 * appraise it, the standing committee decides, with the checks shown before. Without an id, a secretary opens their
 * own organisation's rating for a year.
 */
@Named("ratingView")
@ViewScoped
public class RatingPage implements Serializable {

    @Inject
    RatingService ratings;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private Long id;
    private RatingDetails rating;
    private RuleSet rules;
    private RatingForm form;
    private final Map<String, String> errors = new HashMap<>();
    private Integer openYear;
    private String level;
    private String note;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String reason;
    private String comment;
    private String unlockText;

    public void load() {
        if (rating != null) {
            return;
        }
        try {
            if (id == null) {
                openYear = Clocks.today(clock).getYear();
                return;
            }
            refresh();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    private void refresh() {
        rating = ratings.get(id);
        rules = ratings.ruleSets().stream().filter(r -> r.code().equals(rating.ruleSetCode())).findFirst().orElseThrow();
        form = rating.selfAssessment();
        List<RatingForm.Evidence> evidence = new ArrayList<>();
        for (RuleSet.RatingCriterion c : rules.collectiveCriteria()) {
            evidence.add(form.getEvidence().stream().filter(e -> c.code().equals(e.getCriterion())).findFirst()
                    .orElseGet(() -> new RatingForm.Evidence(c.code(), null, null)));
        }
        form.setEvidence(evidence);
        level = rating.decidedLevel() != null ? rating.decidedLevel() : rating.proposedLevel() != null ? rating.proposedLevel() : form.getSelfLevel();
        decisionDate = Clocks.today(clock);
    }

    /** The secretary opens (or starts) their organisation's rating for the chosen year. */
    public void open() {
        errors.clear();
        try {
            Opened opened = ratings.open(caller.organisationId(), openYear);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/rating/rating.xhtml?id=" + opened.id());
        } catch (InvalidInput e) {
            FacesFeedback.attempt(() -> {
                throw e;
            }, "rating.saved", errors, "");
        } catch (AccessDenied e) {
            FacesFeedback.error("problem.forbidden.detail");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void save() {
        act(() -> ratings.save(id, form), "rating.saved");
    }

    public void submit() {
        act(() -> ratings.submit(id, form), "rating.submitted");
    }

    public void appraise() {
        act(() -> ratings.appraise(id, level, note, rating.version()), "rating.appraised");
    }

    public void returnRating() {
        act(() -> ratings.returnForCorrection(id, reason, rating.version()), "rating.returned");
    }

    public void decide() {
        act(() -> ratings.decide(id, level, decisionNumber, decisionDate, reason, rating.version()), "rating.decided");
    }

    public void requestUnlock() {
        act(() -> ratings.requestUnlock(id, unlockText), "report.unlockRequestedMessage");
    }

    public void grantUnlock() {
        act(() -> ratings.decideUnlock(id, true, unlockText, rating.version()), "report.unlockGrantedMessage");
    }

    public void refuseUnlock() {
        act(() -> ratings.decideUnlock(id, false, unlockText, rating.version()), "report.unlockRefusedMessage");
    }

    public void addComment() {
        act(() -> ratings.comment(id, comment), "rating.saved");
    }

    private void act(Runnable step, String successKey) {
        if (FacesFeedback.attempt(step, successKey, errors, "")) {
            refresh();
            reason = null;
            comment = null;
            note = null;
            unlockText = null;
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The levels of the year's rule set, best first. */
    public List<RuleSet.RatingLevel> getLevels() {
        return rules == null ? List.of() : rules.levels();
    }

    public String criterionName(String code) {
        RuleSet.RatingCriterion c = rules == null ? null : rules.collectiveCriterion(code);
        return c == null ? code : c.name(FacesFeedback.locale());
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = Clocks.today(clock).getYear(); y >= 2018; y--) {
            years.add(y);
        }
        return years;
    }

    public boolean isEditing() { return rating != null && rating.actions().edit(); }
    public boolean isScored() { return rules != null && rules.scored(); }
    public String getIdParameter() { return id == null ? null : id.toString(); }
    public void setIdParameter(String id) { this.id = FacesFeedback.id(id); }
    public RatingDetails getRating() { return rating; }
    public RuleSet getRules() { return rules; }
    public RatingForm getForm() { return form; }
    public Map<String, String> getErrors() { return errors; }
    public Integer getOpenYear() { return openYear; }
    public void setOpenYear(Integer openYear) { this.openYear = openYear; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(LocalDate decisionDate) { this.decisionDate = decisionDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getUnlockText() { return unlockText; }
    public void setUnlockText(String unlockText) { this.unlockText = unlockText; }
}
