package vn.partytrack.directive;

import java.io.Serializable;
import java.time.LocalDate;

/** A catalogue entry as lists show it, with how many units it is assigned to. */
public record DirectiveRow(Long id, String number, DirectiveKind kind, Issuer issuer, LocalDate issuedOn, String title,
                           boolean numbered, String issuingBody, String officialName, String ownerBoardCode, LocalDate disseminationDeadline, boolean planRequired,
                           LocalDate planDeadline, LocalDate interimReviewDeadline, LocalDate finalReviewDeadline,
                           long assignedUnits, long version) implements Serializable {

    /** How Party documents name the kind in a sentence: "Chỉ thị". */
    public String kindLabel() {
        return OfficialName.kindLabel(kind);
    }

    static DirectiveRow of(Directive d, long assigned) {
        return new DirectiveRow(d.getId(), d.getNumber(), d.getKind(), d.getIssuer(), d.getIssuedOn(), d.getTitle(),
                d.isNumbered(), d.getIssuingBody(), d.officialName(), d.getOwnerBoard() == null ? null : d.getOwnerBoard().getCode(), d.getDisseminationDeadline(),
                d.isPlanRequired(), d.getPlanDeadline(), d.getInterimReviewDeadline(), d.getFinalReviewDeadline(),
                assigned, d.getVersion());
    }
}
