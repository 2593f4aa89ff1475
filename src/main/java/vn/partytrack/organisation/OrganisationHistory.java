package vn.partytrack.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A unit through time: its versions, oldest first, each with the decision that began it, and its predecessors and successors. */
public record OrganisationHistory(Long organisationId, List<HistoryVersion> versions, List<HistoryLink> predecessors,
                                  List<HistoryLink> successors) implements Serializable {

    /** The unit as it stood from {@code validFrom} (inclusive) to {@code validTo} (exclusive; null: still so). */
    public record HistoryVersion(LocalDate validFrom, LocalDate validTo, String code, String name, String typeCode,
                                 Long parentId, String parentName, String blocCode, String sectorCode, int membersTotal,
                                 DecisionSummary decision) implements Serializable {
    }

    /** A unit this one came from or went into, and the decision of the merger or split. */
    public record HistoryLink(Long organisationId, String code, String name, DecisionSummary decision) implements Serializable {
    }

    public record DecisionSummary(Long id, String kind, String number, LocalDate decidedOn, Long issuerId,
                                  String issuerName, LocalDate effectiveOn) implements Serializable {
    }
}
