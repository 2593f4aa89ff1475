package vn.partytrack.officer;

import java.io.Serializable;
import java.time.LocalDate;

/** A post of a unit's officer history, as pages and the API show it; {@code current}: held today. */
public record PostRow(Long id, PostKind kind, String personName, LocalDate heldFrom, LocalDate heldTo, CameBy cameBy,
                      String decisionNo, LocalDate decisionOn, String decisionIssuer, LeftBy leftBy, String endDecisionNo,
                      LocalDate endDecisionOn, String endDecisionIssuer, String termCode, boolean current, long version)
        implements Serializable {

    static PostRow of(OfficerPost p, LocalDate today) {
        return new PostRow(p.getId(), p.getKind(), p.getPersonName(), p.getHeldFrom(), p.getHeldTo(), p.getCameBy(),
                p.getDecisionNo(), p.getDecisionOn(), p.getDecisionIssuer(), p.getLeftBy(), p.getEndDecisionNo(),
                p.getEndDecisionOn(), p.getEndDecisionIssuer(), p.getTerm() == null ? null : p.getTerm().getCode(),
                p.isHeldOn(today), p.getVersion());
    }
}
