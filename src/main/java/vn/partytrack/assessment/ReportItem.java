package vn.partytrack.assessment;

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

/** One difficulty or proposal of a report, kept apart so the district can register and answer each. */
@Entity
@Table(name = "report_item")
public class ReportItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Enumerated(EnumType.STRING)
    private ReportItemKind kind;

    private int position;

    private String body;

    protected ReportItem() {
    }

    ReportItem(Report report, ReportItemKind kind, int position, String body) {
        this.report = report;
        this.kind = kind;
        this.position = position;
        this.body = body;
    }

    public Long getId() { return id; }
    public ReportItemKind getKind() { return kind; }
    public int getPosition() { return position; }
    public String getBody() { return body; }
}
