package vn.partytrack.directive;

import vn.partytrack.review.HistoryEntry;
import vn.partytrack.review.ReviewStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A unit's implementation of a document as both sides read it, with what the caller may do now. */
public record ImplementationDetails(Long id, Long organisationId, String organisationName, int organisationMembers,
                                    DirectiveRow directive, ReviewStatus status, Instant firstSubmittedAt,
                                    String lastReturnReason, ImplementationForm content, List<HistoryEntry> history,
                                    boolean canEdit, boolean canReview) implements Serializable {
}
