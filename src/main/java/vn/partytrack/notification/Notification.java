package vn.partytrack.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message to one account; its text is a bundle key with arguments, so it reads in the recipient's language. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at")
    private Instant createdAt;

    private String kind;

    @Column(name = "message_key")
    private String messageKey;

    /** Positional arguments, separated by a unit separator character. */
    private String arguments;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "dedupe_key")
    private String dedupeKey;

    protected Notification() {
    }

    Notification(Long accountId, Instant createdAt, String kind, String messageKey, String arguments, Long reportId, String dedupeKey) {
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.reportId = reportId;
        this.dedupeKey = dedupeKey;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getKind() { return kind; }
    public String getMessageKey() { return messageKey; }
    public String getArguments() { return arguments; }
    public Long getReportId() { return reportId; }
    public Instant getReadAt() { return readAt; }
}
