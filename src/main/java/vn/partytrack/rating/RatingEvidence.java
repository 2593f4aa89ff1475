package vn.partytrack.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;

/** What shows that a collective criterion was met: its score (scored rule sets) and the evidence. */
@Embeddable
public class RatingEvidence implements Serializable {

    private BigDecimal score;

    @Column(name = "evidence")
    private String text;

    protected RatingEvidence() {
    }

    RatingEvidence(BigDecimal score, String text) {
        this.score = score;
        this.text = text;
    }

    public BigDecimal getScore() { return score; }
    public String getText() { return text; }
}
