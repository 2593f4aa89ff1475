package vn.partytrack.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.partytrack.review.ReviewEvent;
import vn.partytrack.review.Transition;

import java.time.Instant;

/** A step in a report's history. */
@Entity
@Table(name = "report_event")
public class ReportEvent extends ReviewEvent {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    protected ReportEvent() {
    }

    ReportEvent(Report report, Instant at, String actor, Transition transition) {
        super(at, actor, transition);
        this.report = report;
    }
}
