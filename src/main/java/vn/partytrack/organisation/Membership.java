package vn.partytrack.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Members of an organisation: full (chính thức) plus probationary (dự bị) make the total. */
@Embeddable
public class Membership {

    @Column(name = "members_total")
    private int total;

    @Column(name = "members_full")
    private int full;

    @Column(name = "members_probationary")
    private int probationary;

    protected Membership() {
    }

    public Membership(int total, int full, int probationary) {
        this.total = total;
        this.full = full;
        this.probationary = probationary;
    }

    public static boolean addsUp(int total, int full, int probationary) {
        return full + probationary == total;
    }

    public int total() { return total; }
    public int full() { return full; }
    public int probationary() { return probationary; }
}
