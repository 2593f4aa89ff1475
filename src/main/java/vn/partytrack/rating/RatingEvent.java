package vn.partytrack.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.partytrack.review.ReviewEvent;
import vn.partytrack.review.Transition;

import java.time.Instant;

/** A step in a rating's history. */
@Entity
@Table(name = "rating_event")
public class RatingEvent extends ReviewEvent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id")
    private Rating rating;

    protected RatingEvent() {
    }

    RatingEvent(Rating rating, Instant at, String actor, Transition transition) {
        super(at, actor, transition);
        this.rating = rating;
    }
}
