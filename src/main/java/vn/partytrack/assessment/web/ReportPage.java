package vn.partytrack.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.assessment.Indicator;
import vn.partytrack.assessment.IndicatorCatalogue;
import vn.partytrack.assessment.ReportDetails;
import vn.partytrack.assessment.ReportForm;
import vn.partytrack.assessment.ReportItemKind;
import vn.partytrack.assessment.ReportSection;
import vn.partytrack.assessment.ReportService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.VietnameseFormat;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One report: the secretary's form while it is a draft or returned, otherwise the read-only report with the
 * review actions the caller may take, its history and the previous period's figures beside this period's.
 */
@Named("reportView") // the pages' name for it since it was ReportView
@ViewScoped
public class ReportPage implements Serializable {

    @Inject
    ReportService reports;

    @Inject
    IndicatorCatalogue catalogue;

    private Long id;
    private ReportDetails report;
    private Map<String, BigDecimal> previousNumbers = Map.of();
    private Map<String, LocalDate> previousDates = Map.of();
    private List<Block> blocks = List.of();
    private List<ItemEntry> items = new ArrayList<>();
    private final Map<String, String> errors = new HashMap<>();
    private String reason;
    private String comment;

    /** A section of the form: its narrative and its figures. */
    public static class Block implements Serializable {
        private final String code;
        private final String name;
        private final String hint;
        private final boolean narrative;
        private final boolean required;
        private String text;
        private final List<Entry> entries = new ArrayList<>();

        Block(String code, String name, String hint, boolean narrative, boolean required) {
            this.code = code;
            this.name = name;
            this.hint = hint;
            this.narrative = narrative;
            this.required = required;
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public String getHint() { return hint; }
        public boolean isNarrative() { return narrative; }
        public boolean isRequired() { return required; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public List<Entry> getEntries() { return entries; }
    }

    /** One figure of the form. */
    public static class Entry implements Serializable {
        private final String code;
        private final String label;
        private final String unit;
        private final Indicator.Kind kind;
        private final boolean required;
        private final String previous;
        private BigDecimal number;
        private LocalDate date;
        private String source;

        Entry(String code, String label, String unit, Indicator.Kind kind, boolean required, String previous) {
            this.code = code;
            this.label = label;
            this.unit = unit;
            this.kind = kind;
            this.required = required;
            this.previous = previous;
        }

        public String getCode() { return code; }
        public String getLabel() { return label; }
        public String getUnit() { return unit; }
        public String getKind() { return kind.name(); }
        public boolean isRequired() { return required; }
        public String getPrevious() { return previous; }
        public BigDecimal getNumber() { return number; }
        public void setNumber(BigDecimal number) { this.number = number; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        /** Where the figure came from when it is not typed (shown read-only with its source); null when typed. */
        public String getSource() { return source; }
        public String getField() { return (kind == Indicator.Kind.DATE ? "dates." : "numbers.") + code; }
    }

    /** A difficulty or proposal being typed. */
    public static class ItemEntry implements Serializable {
        private ReportItemKind kind;
        private String body;

        ItemEntry(ReportItemKind kind, String body) {
            this.kind = kind;
            this.body = body;
        }

        public ReportItemKind getKind() { return kind; }
        public void setKind(ReportItemKind kind) { this.kind = kind; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    public void load() {
        if (report != null) {
            return;
        }
        try {
            refresh();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    private void refresh() {
        ReportService.FormView view = reports.form(id);
        report = view.report();
        previousNumbers = view.previousNumbers();
        previousDates = view.previousDates();
        Locale locale = FacesFeedback.locale();
        List<Block> built = new ArrayList<>();
        Map<String, Block> bySection = new HashMap<>();
        for (ReportSection s : catalogue.sections()) {
            Block b = new Block(s.getCode(), s.name(locale), s.hint(locale), s.isNarrative(), s.isRequired());
            b.setText(report.texts().get(s.getCode()));
            built.add(b);
            bySection.put(s.getCode(), b);
        }
        for (Indicator i : catalogue.indicators()) {
            Block b = bySection.get(i.getSectionCode());
            if (b == null) {
                continue;
            }
            Entry e = new Entry(i.getCode(), i.label(locale), i.unit(locale), i.getKind(), i.isRequired(), previousValue(i, locale));
            e.setNumber(report.numbers().get(i.getCode()));
            e.setDate(report.dates().get(i.getCode()));
            e.source = report.source(i.getCode());
            b.getEntries().add(e);
        }
        blocks = built;
        items = new ArrayList<>();
        report.items().forEach(i -> items.add(new ItemEntry(i.kind(), i.body())));
        errors.clear();
    }

    private String previousValue(Indicator i, Locale locale) {
        if (i.getKind() == Indicator.Kind.DATE) {
            LocalDate d = previousDates.get(i.getCode());
            return d == null ? null : VietnameseFormat.date(d);
        }
        BigDecimal n = previousNumbers.get(i.getCode());
        return n == null ? null : VietnameseFormat.number(n, locale);
    }

    private ReportForm form() {
        ReportForm form = new ReportForm();
        for (Block b : blocks) {
            if (b.getText() != null) {
                form.getTexts().put(b.getCode(), b.getText());
            }
            for (Entry e : b.getEntries()) {
                if (e.getNumber() != null && e.getSource() == null) {
                    form.getNumbers().put(e.getCode(), e.getNumber());
                }
                if (e.getDate() != null) {
                    form.getDates().put(e.getCode(), e.getDate());
                }
            }
        }
        items.forEach(i -> form.getItems().add(new ReportForm.Item(i.getKind(), i.getBody())));
        form.setVersion(report.version());
        return form;
    }

    public void saveDraft() {
        act(() -> reports.saveDraft(id, form()), "report.saved");
    }

    public void submit() {
        act(() -> reports.submit(id, form()), "report.submittedMessage");
    }

    public void returnReport() {
        act(() -> reports.returnForCorrection(id, reason, report.version()), "report.returnedMessage");
    }

    public void accept() {
        act(() -> reports.accept(id, report.version()), "report.acceptedMessage");
    }

    public void lock() {
        act(() -> reports.lock(id, report.version()), "report.lockedMessage");
    }

    public void requestUnlock() {
        act(() -> reports.requestUnlock(id, reason), "report.unlockRequestedMessage");
    }

    public void grantUnlock() {
        act(() -> reports.decideUnlock(id, true, reason, report.version()), "report.unlockGrantedMessage");
    }

    public void refuseUnlock() {
        act(() -> reports.decideUnlock(id, false, reason, report.version()), "report.unlockRefusedMessage");
    }

    public void addComment() {
        act(() -> reports.comment(id, comment), "report.commentedMessage");
    }

    public void addItem(String kind) {
        items.add(new ItemEntry(ReportItemKind.valueOf(kind), ""));
    }

    public void removeItem(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    /** Runs a step; on success reloads the report (and clears what was typed for it), otherwise keeps every input. */
    private void act(Runnable step, String successKey) {
        if (FacesFeedback.attempt(step, successKey, errors, "")) {
            refresh();
            reason = null;
            comment = null;
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String itemError(int index) {
        return errors.get("items[" + index + "]");
    }

    public Long getId() { return id; }
    public String getIdParameter() { return id == null ? null : id.toString(); }
    public void setIdParameter(String id) { this.id = FacesFeedback.id(id); }
    public ReportDetails getReport() { return report; }
    public List<Block> getBlocks() { return blocks; }
    public List<ItemEntry> getItems() { return items; }
    public Map<String, String> getErrors() { return errors; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public boolean isEditing() { return report != null && report.actions().edit(); }
}
