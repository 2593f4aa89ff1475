package vn.partytrack.assessment;

import java.io.Serializable;
import java.time.Instant;

/** One difficulty or proposal in the register (from a report, or raised at a review meeting), with the district's answer. */
public record IssueRow(Long id, Long reportId, Long meetingId, Long organisationId, String organisationName, String periodCode,
                       ReportItemKind kind, String body, String ownerBoardCode, String response, String status,
                       String respondedBy, Instant respondedAt, long version) implements Serializable {
}
