package vn.partytrack.officer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.account.Caller;
import vn.partytrack.congress.CongressTerms;
import vn.partytrack.congress.TermRow;
import vn.partytrack.officer.CameBy;
import vn.partytrack.officer.CommitteeForm;
import vn.partytrack.officer.CommitteeRow;
import vn.partytrack.officer.EndForm;
import vn.partytrack.officer.LeftBy;
import vn.partytrack.officer.OfficerHistory;
import vn.partytrack.officer.OfficerService;
import vn.partytrack.officer.PostForm;
import vn.partytrack.officer.PostKind;
import vn.partytrack.officer.PostRow;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's officer history (a personal record, every opening audited by the service): its committees by term and its
 * posts; the unit's secretary and the organisation board add a post, end one, or take the congress results. Without
 * an id, a secretary opens their own unit's.
 */
@Named("officerHistoryPage")
@ViewScoped
public class OfficerHistoryPage implements Serializable {

    @Inject
    OfficerService officers;

    @Inject
    Caller caller;

    @Inject
    CongressTerms congressTerms;

    private String idParameter;
    private OfficerHistory history;
    private PostForm form = new PostForm();
    private EndForm endForm = new EndForm();
    private Long endPostId;
    private CommitteeForm committeeForm = new CommitteeForm();
    private List<TermRow> terms;
    private final Map<String, String> errors = new HashMap<>();

    public void load() {
        if (history != null) {
            return;
        }
        Long id = FacesFeedback.id(idParameter);
        if (id == null && caller.isSecretary()) {
            id = caller.organisationId();
        }
        try {
            if (id == null) {
                throw new NotFound("no organisation");
            }
            history = officers.history(id);
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    public void add() {
        if (FacesFeedback.attempt(() -> officers.add(history.organisationId(), form), "officer.added", errors, "")) {
            form = new PostForm();
            history = officers.history(history.organisationId());
        }
    }

    public void end() {
        PostRow post = history.posts().stream().filter(p -> p.id().equals(endPostId)).findFirst().orElse(null);
        if (post == null) {
            errors.clear();
            errors.put("endPostId", FacesFeedback.text("field.required"));
            FacesFeedback.error("report.invalid", 1);
            return;
        }
        endForm.setVersion(post.version());
        if (FacesFeedback.attempt(() -> officers.end(history.organisationId(), endPostId, endForm), "officer.ended", errors, "end.")) {
            endForm = new EndForm();
            endPostId = null;
            history = officers.history(history.organisationId());
        }
    }

    /** Opens the end form for one current post (the per-row button): the post is chosen, the rest typed. */
    public void chooseEnd(Long postId) {
        errors.clear();
        endPostId = postId;
        endForm = new EndForm();
    }

    /** Fills the committee form from a recorded committee, to correct it (the version read is sent back). */
    public void editCommittee(Long committeeId) {
        errors.clear();
        CommitteeRow c = history.committees().stream().filter(k -> k.id().equals(committeeId)).findFirst().orElse(null);
        committeeForm = new CommitteeForm();
        if (c != null) {
            committeeForm.setTermId(c.termId());
            committeeForm.setApprovedSize(c.approvedSize());
            committeeForm.setElectedSize(c.electedSize());
            committeeForm.setStartsOn(c.startsOn());
            committeeForm.setEndsOn(c.endsOn());
            committeeForm.setDecisionNo(c.decisionNo());
            committeeForm.setDecisionOn(c.decisionOn());
            committeeForm.setDecisionIssuer(c.decisionIssuer());
            committeeForm.setVersion(c.version());
        }
    }

    /** Records or corrects the committee of the chosen term through {@link OfficerService#recordCommittee}. */
    public void saveCommittee() {
        if (committeeForm.getVersion() == null && committeeForm.getTermId() != null) {
            history.committees().stream().filter(k -> k.termId().equals(committeeForm.getTermId())).findFirst()
                    .ifPresent(k -> committeeForm.setVersion(k.version()));
        }
        if (FacesFeedback.attempt(() -> officers.recordCommittee(history.organisationId(), committeeForm),
                "officer.committee.saved", errors, "committee.")) {
            committeeForm = new CommitteeForm();
            history = officers.history(history.organisationId());
        }
    }

    public void takeFromCongress() {
        if (FacesFeedback.attempt(() -> officers.takeFromCongress(history.organisationId(), history.congressTermId()),
                "officer.fromCongress.done", errors, "")) {
            history = officers.history(history.organisationId());
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<PostRow> getCurrentPosts() {
        return history == null ? List.of() : history.posts().stream().filter(p -> p.heldTo() == null).toList();
    }

    public List<TermRow> getTerms() {
        if (terms == null) {
            terms = congressTerms.terms();
        }
        return terms;
    }

    public CommitteeForm getCommitteeForm() { return committeeForm; }
    public PostKind[] getKinds() { return PostKind.values(); }
    public CameBy[] getWays() { return CameBy.values(); }
    public LeftBy[] getLeavings() { return LeftBy.values(); }
    public String getIdParameter() { return idParameter; }
    public void setIdParameter(String idParameter) { this.idParameter = idParameter; }
    public OfficerHistory getHistory() { return history; }
    public PostForm getForm() { return form; }
    public EndForm getEndForm() { return endForm; }
    public Long getEndPostId() { return endPostId; }
    public void setEndPostId(Long endPostId) { this.endPostId = endPostId; }
}
