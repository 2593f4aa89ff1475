package vn.partytrack.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One organisation's report for one period, and its review workflow:
 * draft → submitted → returned (with a reason) → resubmitted → accepted → locked; an accepted report reopens only
 * through an unlock request that district staff grant. Each step refuses an illegal transition and is kept as an event.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "unlock_requested_at")
    private Instant unlockRequestedAt;

    @Column(name = "unlock_reason")
    private String unlockReason;

    private boolean sample;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_code")
    private Map<String, ReportValue> values = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_text", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "section_code")
    @Column(name = "body")
    private Map<String, String> texts = new HashMap<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<ReportEvent> events = new ArrayList<>();

    protected Report() {
    }

    public Report(Organisation organisation, ReportingPeriod period, String by, Instant now) {
        this.organisation = organisation;
        this.period = period;
        this.createdAt = now;
        this.updatedAt = now;
        record(by, now, ReportEvent.Action.CREATE, null, ReportStatus.DRAFT, null);
    }

    /** Replaces the content. Only a draft or a returned report can change, and only while its period is open. */
    void edit(Map<String, ReportValue> newValues, Map<String, String> newTexts, List<ItemDraft> newItems, Instant now) {
        if (!status.editable()) {
            throw new IllegalTransition("report.notEditable");
        }
        if (!period.isOpen()) {
            throw new IllegalTransition("report.periodClosed");
        }
        values.clear();
        values.putAll(newValues);
        texts.clear();
        texts.putAll(newTexts);
        items.clear();
        int position = 1;
        for (ItemDraft item : newItems) {
            items.add(new ReportItem(this, item.kind(), position++, item.body()));
        }
        updatedAt = now;
    }

    void submit(String by, Instant now) {
        if (!period.isOpen()) {
            throw new IllegalTransition("report.periodClosed");
        }
        switch (status) {
            case DRAFT -> {
                firstSubmittedAt = now;
                move(by, now, ReportEvent.Action.SUBMIT, ReportStatus.SUBMITTED, null);
            }
            case RETURNED -> move(by, now, ReportEvent.Action.RESUBMIT, ReportStatus.RESUBMITTED, null);
            default -> throw new IllegalTransition("report.cannotSubmit");
        }
        lastSubmittedAt = now;
    }

    void returnForCorrection(String reviewer, String reason, Instant now) {
        requireReason(reason);
        if (!status.awaitingReview()) {
            throw new IllegalTransition("report.notAwaitingReview");
        }
        move(reviewer, now, ReportEvent.Action.RETURN, ReportStatus.RETURNED, reason.strip());
    }

    void accept(String reviewer, Instant now) {
        if (!status.awaitingReview()) {
            throw new IllegalTransition("report.notAwaitingReview");
        }
        acceptedAt = now;
        move(reviewer, now, ReportEvent.Action.ACCEPT, ReportStatus.ACCEPTED, null);
    }

    void lock(String by, Instant now) {
        if (status != ReportStatus.ACCEPTED) {
            throw new IllegalTransition("report.notAccepted");
        }
        move(by, now, ReportEvent.Action.LOCK, ReportStatus.LOCKED, null);
    }

    void requestUnlock(String by, String reason, Instant now) {
        requireReason(reason);
        if (!status.accepted()) {
            throw new IllegalTransition("report.notAccepted");
        }
        if (unlockRequestedAt != null) {
            throw new IllegalTransition("report.unlockAlreadyRequested");
        }
        unlockRequestedAt = now;
        unlockReason = reason.strip();
        record(by, now, ReportEvent.Action.REQUEST_UNLOCK, status, status, unlockReason);
        updatedAt = now;
    }

    /** Granting reopens the report for the secretary, as if it had been returned. */
    void grantUnlock(String reviewer, String comment, Instant now) {
        if (unlockRequestedAt == null) {
            throw new IllegalTransition("report.noUnlockRequest");
        }
        unlockRequestedAt = null;
        unlockReason = null;
        acceptedAt = null;
        move(reviewer, now, ReportEvent.Action.GRANT_UNLOCK, ReportStatus.RETURNED, blankToNull(comment));
    }

    void refuseUnlock(String reviewer, String comment, Instant now) {
        requireReason(comment);
        if (unlockRequestedAt == null) {
            throw new IllegalTransition("report.noUnlockRequest");
        }
        unlockRequestedAt = null;
        unlockReason = null;
        record(reviewer, now, ReportEvent.Action.REFUSE_UNLOCK, status, status, comment.strip());
        updatedAt = now;
    }

    void comment(String by, String text, Instant now) {
        requireReason(text);
        record(by, now, ReportEvent.Action.COMMENT, status, status, text.strip());
        updatedAt = now;
    }

    /** The reason given the last time the report was returned, if it is returned now. */
    public String lastReturnReason() {
        if (status != ReportStatus.RETURNED) {
            return null;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            ReportEvent e = events.get(i);
            if (e.getAction() == ReportEvent.Action.RETURN || e.getAction() == ReportEvent.Action.GRANT_UNLOCK) {
                return e.getComment();
            }
        }
        return null;
    }

    private void move(String by, Instant now, ReportEvent.Action action, ReportStatus to, String comment) {
        ReportStatus from = status;
        status = to;
        updatedAt = now;
        record(by, now, action, from, to, comment);
    }

    private void record(String by, Instant now, ReportEvent.Action action, ReportStatus from, ReportStatus to, String comment) {
        events.add(new ReportEvent(this, now, by, action, from, to, comment));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransition("report.reasonRequired");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public ReportingPeriod getPeriod() { return period; }
    public ReportStatus getStatus() { return status; }
    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Instant getLastSubmittedAt() { return lastSubmittedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getUnlockRequestedAt() { return unlockRequestedAt; }
    public String getUnlockReason() { return unlockReason; }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Map<String, ReportValue> getValues() { return values; }
    public Map<String, String> getTexts() { return texts; }
    public List<ReportItem> getItems() { return items; }
    public List<ReportEvent> getEvents() { return events; }
}
