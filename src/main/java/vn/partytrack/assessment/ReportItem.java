package vn.partytrack.assessment;

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
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;

import java.time.Instant;

/** One difficulty or proposal of a report, kept apart so the district can register and answer each. */
@Entity
@Table(name = "report_item")
public class ReportItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The report the unit wrote it in; null when it was raised at a review meeting. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private Report report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    /** The review meeting it was raised at, when it was. */
    @Column(name = "meeting_id")
    private Long meetingId;

    @Enumerated(EnumType.STRING)
    private ReportItemKind kind;

    private int position;

    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_board_id")
    private Board ownerBoard;

    private String response;

    /** OPEN until the district answers; ANSWERED; CLOSED when nothing more is to be done. */
    private String status = IssueStatus.OPEN.name();

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Version
    private long version;

    protected ReportItem() {
    }

    ReportItem(Report report, ReportItemKind kind, int position, String body) {
        this.report = report;
        this.organisation = report.getOrganisation();
        this.period = report.getPeriod();
        this.kind = kind;
        this.position = position;
        this.body = body;
    }

    /** An item a unit raised at a review meeting of the period. */
    ReportItem(Long meetingId, Organisation organisation, ReportingPeriod period,
               ReportItemKind kind, int position, String body) {
        this.meetingId = meetingId;
        this.organisation = organisation;
        this.period = period;
        this.kind = kind;
        this.position = position;
        this.body = body;
    }

    /** The district registers the item with its owning board and answers it. */
    void answer(Board board, String response, String status, String by, Instant now) {
        this.ownerBoard = board;
        this.response = response;
        this.status = status;
        this.respondedBy = by;
        this.respondedAt = now;
    }

    /** The unit rewrites the item while its report is a draft or returned; the district's answer stays. */
    void rewrite(ReportItemKind kind, String body) {
        this.kind = kind;
        this.body = body;
    }

    public Long getId() { return id; }
    public Report getReport() { return report; }
    public Organisation getOrganisation() { return organisation; }
    public ReportingPeriod getPeriod() { return period; }
    public Long getMeetingId() { return meetingId; }
    public Board getOwnerBoard() { return ownerBoard; }
    public String getResponse() { return response; }
    public String getStatus() { return status; }
    public String getRespondedBy() { return respondedBy; }
    public Instant getRespondedAt() { return respondedAt; }
    public long getVersion() { return version; }
    public ReportItemKind getKind() { return kind; }
    public int getPosition() { return position; }
    public String getBody() { return body; }
}
