package vn.partytrack.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One dissemination session (buổi học tập, quán triệt): when, how, and who attended out of how many members. */
@Entity
@Table(name = "dissemination_session")
public class DisseminationSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "implementation_id")
    private DirectiveImplementation implementation;

    private int position;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private SessionFormat format;

    @Column(name = "members_at_date")
    private int membersAtDate;

    @Column(name = "members_attending")
    private int membersAttending;

    @Column(name = "non_members_attending")
    private int nonMembersAttending;

    protected DisseminationSession() {
    }

    DisseminationSession(DirectiveImplementation implementation, int position, ImplementationForm.Session s) {
        this.implementation = implementation;
        this.position = position;
        this.heldOn = s.getHeldOn();
        this.format = s.getFormat();
        this.membersAtDate = s.getMembersAtDate();
        this.membersAttending = s.getMembersAttending();
        this.nonMembersAttending = s.getNonMembersAttending() == null ? 0 : s.getNonMembersAttending();
    }

    public int getPosition() { return position; }
    public LocalDate getHeldOn() { return heldOn; }
    public SessionFormat getFormat() { return format; }
    public int getMembersAtDate() { return membersAtDate; }
    public int getMembersAttending() { return membersAttending; }
    public int getNonMembersAttending() { return nonMembersAttending; }
}
