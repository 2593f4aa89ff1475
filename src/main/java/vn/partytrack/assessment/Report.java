package vn.partytrack.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
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
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.review.ReviewAction;
import vn.partytrack.review.ReviewState;
import vn.partytrack.review.ReviewStatus;
import vn.partytrack.review.Transition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One organisation's report for one period. Its review follows the shared workflow ({@link ReviewState}); the
 * report adds that its period must be open to change or submit it, and keeps every step as a {@link ReportEvent}.
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

    @Embedded
    private ReviewState review = new ReviewState();

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
        record(by, now, new Transition(ReviewAction.CREATE, null, ReviewStatus.DRAFT, null));
    }

    /** Replaces the content. Only a draft or a returned report can change, and only while its period is open. */
    void edit(Map<String, ReportValue> newValues, Map<String, String> newTexts, List<ItemDraft> newItems, Instant now) {
        review.requireEditable();
        requireOpenPeriod();
        values.clear();
        values.putAll(newValues);
        texts.clear();
        texts.putAll(newTexts);
        // items keep their identity (and any answer) by position; extra ones go, new ones come
        for (int i = 0; i < newItems.size(); i++) {
            ItemDraft draft = newItems.get(i);
            if (i < items.size()) {
                items.get(i).rewrite(draft.kind(), draft.body());
            } else {
                items.add(new ReportItem(this, draft.kind(), i + 1, draft.body()));
            }
        }
        while (items.size() > newItems.size()) {
            items.remove(items.size() - 1);
        }
        updatedAt = now;
    }

    void submit(String by, Instant now) {
        requireOpenPeriod();
        record(by, now, review.submit(now));
    }

    void returnForCorrection(String reviewer, String reason, Instant now) {
        record(reviewer, now, review.returnForCorrection(reason));
    }

    void accept(String reviewer, Instant now) {
        record(reviewer, now, review.accept(now));
    }

    void lock(String by, Instant now) {
        record(by, now, review.lock());
    }

    void requestUnlock(String by, String reason, Instant now) {
        record(by, now, review.requestUnlock(reason, now));
    }

    void grantUnlock(String reviewer, String comment, Instant now) {
        record(reviewer, now, review.grantUnlock(comment));
    }

    void refuseUnlock(String reviewer, String comment, Instant now) {
        record(reviewer, now, review.refuseUnlock(comment));
    }

    void comment(String by, String text, Instant now) {
        record(by, now, review.comment(text));
    }

    /** The reason given the last time the report was returned, if it is returned now. */
    public String lastReturnReason() {
        if (review.status() != ReviewStatus.RETURNED) {
            return null;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            ReportEvent e = events.get(i);
            if (e.getAction() == ReviewAction.RETURN || e.getAction() == ReviewAction.GRANT_UNLOCK) {
                return e.getComment();
            }
        }
        return null;
    }

    private void requireOpenPeriod() {
        if (!period.isOpen()) {
            throw new IllegalTransition("report.periodClosed");
        }
    }

    private void record(String by, Instant now, Transition transition) {
        events.add(new ReportEvent(this, now, by, transition));
        updatedAt = now;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public ReportingPeriod getPeriod() { return period; }
    public ReviewState getReview() { return review; }
    public ReviewStatus getStatus() { return review.status(); }
    public Instant getFirstSubmittedAt() { return review.firstSubmittedAt(); }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Map<String, ReportValue> getValues() { return values; }
    public Map<String, String> getTexts() { return texts; }
    public List<ReportItem> getItems() { return items; }
    public List<ReportEvent> getEvents() { return events; }
}
