package vn.partytrack.assessment;

/** A difficulty or proposal as typed. */
public record ItemDraft(ReportItemKind kind, String body) {
}
