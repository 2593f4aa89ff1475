package vn.partytrack.rating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.ReferenceItem;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;
import vn.partytrack.rating.RatingReminders;
import vn.partytrack.rating.RatingRow;
import vn.partytrack.rating.RatingService;
import vn.partytrack.rating.RatingTrackerView;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The rating tracker: for a year, who has assessed itself, what awaits the board's appraisal or the standing
 * committee's decision, what was decided, and the distribution of the decided levels. Filters come from the address.
 */
@Named
@ViewScoped
public class RatingTrackerPage implements Serializable {

    @Inject
    RatingService ratings;

    @Inject
    OrganisationService organisations;

    @Inject
    RatingReminders reminders;

    @Inject
    Clock clock;

    private Integer year;
    private String bloc = DefaultBloc.code();
    private Long committee;
    private String stage;
    private String level;
    private List<ReferenceItem> committeeChoices = List.of();
    private RatingTrackerView view;
    private List<RatingRow> rows = List.of();
    private boolean loaded;

    @PostConstruct
    void init() {
        Long y = FacesFeedback.idParameter("year");
        year = y == null || y < 2000 || y > 2100 ? Clocks.today(clock).getYear() : y.intValue();
        bloc = FacesFeedback.codeParameter("bloc", bloc);
        committee = FacesFeedback.idParameter("committee");
        stage = FacesFeedback.codeParameter("stage", null);
        level = FacesFeedback.codeParameter("level", null);
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            committeeChoices = organisations.committees();
            view = ratings.track(year, organisations.scope(bloc, committee));
            rows = level == null ? view.withStage(stage) : view.decided(level);
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound | InvalidInput e) {
            FacesFeedback.sendError(404);
        }
    }

    /** Reminds now the organisations that have not assessed themselves, if the deadline is near or past. */
    public void sendReminders() {
        try {
            FacesFeedback.info("tracker.remindersSent", reminders.sendNow());
        } catch (AccessDenied e) {
            FacesFeedback.error("problem.forbidden.detail");
        }
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = Clocks.today(clock).getYear(); y >= 2018; y--) {
            years.add(y);
        }
        return years;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public Long getCommittee() { return committee; }
    public void setCommittee(Long committee) { this.committee = committee; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = FacesFeedback.code(stage); }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = FacesFeedback.code(level); }
    public List<ReferenceItem> getCommitteeChoices() { load(); return committeeChoices; }
    public RatingTrackerView getView() { load(); return view; }
    public List<RatingRow> getRows() { load(); return rows; }
}
