package vn.partytrack.congress;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.partytrack.review.ReviewEvent;
import vn.partytrack.review.Transition;

import java.time.Instant;

/** A step in the review of a congress stage the district confirms. */
@Entity
@Table(name = "congress_stage_event")
public class CongressStageEvent extends ReviewEvent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id")
    private CongressStageRecord record;

    protected CongressStageEvent() {
    }

    CongressStageEvent(CongressStageRecord record, Instant at, String actor, Transition transition) {
        super(at, actor, transition);
        this.record = record;
    }
}
