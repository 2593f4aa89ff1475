package vn.partytrack.congress;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.review.ReviewAction;
import vn.partytrack.review.EventLog;
import vn.partytrack.review.ReviewKind;
import vn.partytrack.review.Reviewed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A stage the unit reached, with its date. A stage the district confirms (approval to convene, approval of results)
 * goes through the shared review: the unit submits it, district staff accept or return it.
 */
@Entity
@Table(name = "congress_stage_record")
public class CongressStageRecord extends Reviewed {

    static final ReviewKind KIND = new ReviewKind("CONGRESS_STAGE", "notification.congressStage");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "congress_id")
    private Congress congress;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_code")
    private CongressStage stage;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    private String note;

    @OneToMany(mappedBy = "record", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<CongressStageEvent> events = new ArrayList<>();

    protected CongressStageRecord() {
    }

    CongressStageRecord(Congress congress, CongressStage stage, String by, Instant now) {
        this.congress = congress;
        this.stage = stage;
        if (stage.isDistrictConfirms()) {
            created(by, now);
        }
    }

    /** Sets the date and note; a stage under the district's review changes only while it is a draft or returned. */
    void complete(LocalDate on, String note) {
        if (stage.isDistrictConfirms()) {
            requireEditable();
        }
        this.completedOn = on;
        this.note = note;
    }

    /** Counts towards progress: a unit's own stage once recorded, a district stage once accepted. */
    public boolean reached() {
        return completedOn != null && (!stage.isDistrictConfirms() || getStatus().accepted());
    }

    @Override
    protected void beforeStep(ReviewAction action) {
        if (!stage.isDistrictConfirms()) {
            throw new IllegalTransition("congress.stageNotReviewed");
        }
    }

    /** A step on a stage changes the congress: its version moves, so a page open on the old one is told. */
    @Override
    protected void touch(Instant now) {
        congress.touch(now);
    }

    @Override
    protected EventLog<CongressStageEvent> log() {
        return new EventLog<>(events, (at, by, t) -> new CongressStageEvent(this, at, by, t));
    }

    @Override
    public Organisation organisation() {
        return congress.getOrganisation();
    }

    @Override
    public ReviewKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return stage.getNameVi();
    }

    public Long getId() { return id; }
    public Congress getCongress() { return congress; }
    public CongressStage getStage() { return stage; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getNote() { return note; }
    public List<CongressStageEvent> getEvents() { return events; }
}
