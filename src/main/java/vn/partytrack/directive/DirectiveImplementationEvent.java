package vn.partytrack.directive;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.partytrack.review.ReviewEvent;
import vn.partytrack.review.Transition;

import java.time.Instant;

/** A step in the review of a unit's implementation of a document. */
@Entity
@Table(name = "directive_implementation_event")
public class DirectiveImplementationEvent extends ReviewEvent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "implementation_id")
    private DirectiveImplementation implementation;

    protected DirectiveImplementationEvent() {
    }

    DirectiveImplementationEvent(DirectiveImplementation implementation, Instant at, String actor, Transition transition) {
        super(at, actor, transition);
        this.implementation = implementation;
    }
}
