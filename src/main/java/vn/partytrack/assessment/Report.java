package vn.partytrack.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.review.ReviewAction;
import vn.partytrack.review.EventLog;
import vn.partytrack.review.ReviewKind;
import vn.partytrack.review.UnitSubmission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One organisation's report for one period. Its review is the shared one ({@link UnitSubmission}); the report adds that
 * its period must be open to change or submit it, and keeps every step as a {@link ReportEvent}.
 */
@Entity
@Table(name = "report")
public class Report extends UnitSubmission {

    static final ReviewKind KIND = new ReviewKind("REPORT", "notification.report");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

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
        super(organisation, now);
        this.period = period;
        created(by, now);
    }

    /** Replaces the content. Only a draft or a returned report can change, and only while its period is open. */
    void edit(Map<String, ReportValue> newValues, Map<String, String> newTexts, List<ItemDraft> newItems, Instant now) {
        requireEditable();
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
        touch(now);
    }

    @Override
    protected void beforeStep(ReviewAction action) {
        if (action == ReviewAction.SUBMIT) {
            requireOpenPeriod();
        }
    }

    @Override
    protected EventLog<ReportEvent> log() {
        return new EventLog<>(events, (at, by, t) -> new ReportEvent(this, at, by, t));
    }

    @Override
    public ReviewKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return period.getNameVi();
    }

    @Override
    public Long notificationLink() {
        return getId();
    }

    private void requireOpenPeriod() {
        if (!period.isOpen()) {
            throw new IllegalTransition("report.periodClosed");
        }
    }

    public ReportingPeriod getPeriod() { return period; }
    public Instant getFirstSubmittedAt() { return getReview().firstSubmittedAt(); }
    public Map<String, ReportValue> getValues() { return values; }
    public Map<String, String> getTexts() { return texts; }
    public List<ReportItem> getItems() { return items; }
    public List<ReportEvent> getEvents() { return events; }
}
