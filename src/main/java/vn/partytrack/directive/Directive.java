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
import jakarta.persistence.Version;
import vn.partytrack.organisation.Board;

import java.time.LocalDate;

/** A document units must disseminate and implement, with the actions it requires and their deadlines. */
@Entity
@Table(name = "directive")
public class Directive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    @Enumerated(EnumType.STRING)
    private DirectiveKind kind;

    @Enumerated(EnumType.STRING)
    private Issuer issuer;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private String title;

    /** Whether {@code number} is the document's official number, not a catalogue code. */
    private boolean numbered = true;

    @Column(name = "issuing_body")
    private String issuingBody;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_board_id")
    private Board ownerBoard;

    @Column(name = "dissemination_deadline")
    private LocalDate disseminationDeadline;

    @Column(name = "plan_required")
    private boolean planRequired;

    @Column(name = "plan_deadline")
    private LocalDate planDeadline;

    @Column(name = "interim_review_deadline")
    private LocalDate interimReviewDeadline;

    @Column(name = "final_review_deadline")
    private LocalDate finalReviewDeadline;

    private boolean sample;

    @Version
    private long version;

    protected Directive() {
    }

    public Directive(String number) {
        this.number = number;
    }

    void define(DirectiveForm f, Board board) {
        this.number = f.getNumber();
        this.kind = f.getKind();
        this.issuer = f.getIssuer();
        this.issuedOn = f.getIssuedOn();
        this.title = f.getTitle();
        this.numbered = Boolean.TRUE.equals(f.getNumbered());
        this.issuingBody = f.getIssuingBody();
        this.ownerBoard = board;
        this.disseminationDeadline = f.getDisseminationDeadline();
        this.planRequired = f.isPlanRequired();
        this.planDeadline = f.getPlanDeadline();
        this.interimReviewDeadline = f.getInterimReviewDeadline();
        this.finalReviewDeadline = f.getFinalReviewDeadline();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public DirectiveKind getKind() { return kind; }
    public Issuer getIssuer() { return issuer; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getTitle() { return title; }
    public boolean isNumbered() { return numbered; }
    public String getIssuingBody() { return issuingBody; }

    /** The name generated text uses: "Chỉ thị số 05-CT/TW của Bộ Chính trị về …". */
    public String officialName() {
        return OfficialName.of(kind, number, numbered, issuingBody, issuedOn, title);
    }
    public Board getOwnerBoard() { return ownerBoard; }
    public LocalDate getDisseminationDeadline() { return disseminationDeadline; }
    public boolean isPlanRequired() { return planRequired; }
    public LocalDate getPlanDeadline() { return planDeadline; }
    public LocalDate getInterimReviewDeadline() { return interimReviewDeadline; }
    public LocalDate getFinalReviewDeadline() { return finalReviewDeadline; }
    public long getVersion() { return version; }
}
