package vn.partytrack.assessment;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's content as the secretary types it or an API client sends it: figures by indicator code, dates by
 * indicator code, narrative by section code, and the difficulties and proposals one by one. {@code version} is the
 * version the editor loaded.
 */
public class ReportForm implements Serializable {

    private Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    private Map<String, LocalDate> dates = new LinkedHashMap<>();
    private Map<String, String> texts = new LinkedHashMap<>();
    private List<Item> items = new ArrayList<>();
    private Long version;

    /** One difficulty or proposal. */
    public static class Item implements Serializable {
        private ReportItemKind kind;
        private String body;

        public Item() {
        }

        public Item(ReportItemKind kind, String body) {
            this.kind = kind;
            this.body = body;
        }

        public ReportItemKind getKind() { return kind; }
        public void setKind(ReportItemKind kind) { this.kind = kind; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    /** Nothing but (perhaps) a version: "submit what is saved". */
    @JsonbTransient
    public boolean isEmpty() {
        return numbers.isEmpty() && dates.isEmpty() && texts.isEmpty() && items.isEmpty();
    }

    public Map<String, BigDecimal> getNumbers() { return numbers; }
    public void setNumbers(Map<String, BigDecimal> numbers) { this.numbers = numbers == null ? new LinkedHashMap<>() : numbers; }
    public Map<String, LocalDate> getDates() { return dates; }
    public void setDates(Map<String, LocalDate> dates) { this.dates = dates == null ? new LinkedHashMap<>() : dates; }
    public Map<String, String> getTexts() { return texts; }
    public void setTexts(Map<String, String> texts) { this.texts = texts == null ? new LinkedHashMap<>() : texts; }
    public List<Item> getItems() { return items; }
    public void setItems(List<Item> items) { this.items = items == null ? new ArrayList<>() : items; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
