package vn.partytrack.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.admission.CandidateService;
import vn.partytrack.admission.OverdueList;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.ReferenceItem;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/**
 * The overdue admission steps of a committee and/or bloc for the owning board's staff: the units to follow up with
 * their counts, then the candidates, the oldest due first. Filters come from the address.
 */
@Named
@ViewScoped
public class OverduePage implements Serializable {

    static final int ROWS = 200;

    @Inject
    CandidateService candidates;

    @Inject
    OrganisationService organisations;

    private String bloc = DefaultBloc.code();
    private Long committee;
    private List<ReferenceItem> committeeChoices = List.of();
    private OverdueList view;
    private boolean loaded;

    @PostConstruct
    void init() {
        bloc = FacesFeedback.codeParameter("bloc", bloc);
        committee = FacesFeedback.idParameter("committee");
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            view = candidates.overdue(organisations.scope(bloc, committee), 0, ROWS);
            committeeChoices = organisations.committees();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound | InvalidInput e) {
            FacesFeedback.sendError(404);
        }
    }

    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public Long getCommittee() { return committee; }
    public void setCommittee(Long committee) { this.committee = committee; }
    public List<ReferenceItem> getCommitteeChoices() { load(); return committeeChoices; }
    public OverdueList getView() { load(); return view; }
}
