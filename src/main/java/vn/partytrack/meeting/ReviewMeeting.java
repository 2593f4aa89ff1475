package vn.partytrack.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partytrack.organisation.Bloc;
import vn.partytrack.organisation.Board;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A review meeting of a bloc (or the whole committee) for a period: when, who chaired, who came, what was concluded. */
@Entity
@Table(name = "review_meeting")
public class ReviewMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bloc_id")
    private Bloc bloc;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String chair;
    private String place;
    private String conclusion;

    @ManyToMany
    @JoinTable(name = "review_meeting_board", joinColumns = @JoinColumn(name = "meeting_id"), inverseJoinColumns = @JoinColumn(name = "board_id"))
    private Set<Board> boards = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "review_meeting_unit", joinColumns = @JoinColumn(name = "meeting_id"), inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> units = new HashSet<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<MeetingTask> tasks = new ArrayList<>();

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ReviewMeeting() {
    }

    ReviewMeeting(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void define(Bloc bloc, ReportingPeriod period, MeetingForm form, Set<Board> boards, Set<Organisation> units) {
        this.bloc = bloc;
        this.period = period;
        this.heldOn = form.getHeldOn();
        this.chair = form.getChair();
        this.place = form.getPlace();
        this.conclusion = form.getConclusion();
        this.boards.clear();
        this.boards.addAll(boards);
        this.units.clear();
        this.units.addAll(units);
    }

    /** Whether a unit is one this meeting concerns: an active grassroots unit of its bloc (of any bloc without one). */
    boolean covers(Organisation o) {
        return covers(bloc, o);
    }

    /** Active grassroots units of the bloc (of any bloc for a whole-committee meeting, bloc null). */
    static boolean covers(Bloc bloc, Organisation o) {
        return o.isActive() && o.getType().isGrassroots() && (bloc == null || o.getBloc() != null && o.getBloc().getId().equals(bloc.getId()));
    }

    MeetingTask addTask(String body, LocalDate deadline, boolean allUnits, String by, Instant now) {
        MeetingTask task = new MeetingTask(this, tasks.size() + 1, body, deadline, allUnits, by, now);
        tasks.add(task);
        return task;
    }

    public Long getId() { return id; }
    public Bloc getBloc() { return bloc; }
    public ReportingPeriod getPeriod() { return period; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getChair() { return chair; }
    public String getPlace() { return place; }
    public String getConclusion() { return conclusion; }
    public Set<Board> getBoards() { return boards; }
    public Set<Organisation> getUnits() { return units; }
    public List<MeetingTask> getTasks() { return tasks; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
