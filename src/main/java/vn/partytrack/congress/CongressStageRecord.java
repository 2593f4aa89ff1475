package vn.partytrack.congress;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import vn.partytrack.review.ReviewAction;
import vn.partytrack.review.ReviewState;
import vn.partytrack.review.ReviewStatus;
import vn.partytrack.review.Transition;

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
public class CongressStageRecord {

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

    @Embedded
    private ReviewState review = new ReviewState();

    @OneToMany(mappedBy = "record", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<CongressStageEvent> events = new ArrayList<>();

    protected CongressStageRecord() {
    }

    CongressStageRecord(Congress congress, CongressStage stage, String by, Instant now) {
        this.congress = congress;
        this.stage = stage;
        if (stage.isDistrictConfirms()) {
            record(by, now, new Transition(ReviewAction.CREATE, null, ReviewStatus.DRAFT, null));
        }
    }

    /** Sets the date and note; a stage under the district's review changes only while it is a draft or returned. */
    void complete(LocalDate on, String note) {
        if (stage.isDistrictConfirms()) {
            review.requireEditable();
        }
        this.completedOn = on;
        this.note = note;
    }

    void submit(String by, Instant now) {
        requireDistrictStage();
        record(by, now, review.submit(now));
    }

    void returnForCorrection(String by, String reason, Instant now) {
        requireDistrictStage();
        record(by, now, review.returnForCorrection(reason));
    }

    void accept(String by, Instant now) {
        requireDistrictStage();
        record(by, now, review.accept(now));
    }

    /** Counts towards progress: a unit's own stage once recorded, a district stage once accepted. */
    public boolean reached() {
        return completedOn != null && (!stage.isDistrictConfirms() || review.status().accepted());
    }

    private void requireDistrictStage() {
        if (!stage.isDistrictConfirms()) {
            throw new vn.partytrack.platform.IllegalTransition("congress.stageNotReviewed");
        }
    }

    private void record(String by, Instant now, Transition t) {
        events.add(new CongressStageEvent(this, now, by, t));
    }

    public Long getId() { return id; }
    public Congress getCongress() { return congress; }
    public CongressStage getStage() { return stage; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getNote() { return note; }
    public ReviewState getReview() { return review; }
    public List<CongressStageEvent> getEvents() { return events; }
}
