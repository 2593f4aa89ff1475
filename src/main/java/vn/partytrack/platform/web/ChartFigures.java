package vn.partytrack.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import vn.partytrack.platform.VietnameseFormat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a chart in words and as a table, for people who do not see the picture (WCAG 1.1.1): a canvas is an
 * image to a screen reader. Read from the same Chart.js configuration p:chart draws ({@link Charts}), so the words,
 * the table and the picture cannot disagree. On pages: {@code ariaLabel="#{chartFigures.summary(title, chart)}"} and
 * the table through {@code WEB-INF/templates/chart-table.xhtml}.
 */
@Named("chartFigures")
@ApplicationScoped
public class ChartFigures {

    /** A chart's figures: one row per label, one column per series. */
    public record Table(List<String> series, List<Row> rows) {
    }

    public record Row(String label, List<String> values) {
    }

    public Table table(String chart) {
        return table(chart, FacesFeedback.locale());
    }

    public String summary(String title, String chart) {
        return summary(title, chart, FacesFeedback.locale());
    }

    public static Table table(String chart, Locale locale) {
        if (chart == null || chart.isBlank()) {
            return new Table(List.of(), List.of());
        }
        JsonObject data = Charts.JSON.createReader(new StringReader(chart)).readObject().getJsonObject("data");
        JsonArray labels = data.getJsonArray("labels");
        JsonArray sets = data.getJsonArray("datasets");
        List<String> series = new ArrayList<>();
        for (JsonValue set : sets) {
            series.add(set.asJsonObject().getString("label", ""));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> values = new ArrayList<>();
            for (JsonValue set : sets) {
                JsonArray numbers = set.asJsonObject().getJsonArray("data");
                values.add(i < numbers.size() ? VietnameseFormat.decimal(Math.round(numbers.getJsonNumber(i).doubleValue() * 10) / 10.0, locale) : "");
            }
            rows.add(new Row(labels.getString(i), values));
        }
        return new Table(series, rows);
    }

    /** "Report status: Accepted 3, Awaiting review 5, …" ("Sector A: Submitted 2, Missing 1; …" for several series). */
    public static String summary(String title, String chart, Locale locale) {
        Table table = table(chart, locale);
        List<String> parts = new ArrayList<>();
        boolean several = table.series().size() > 1;
        for (Row row : table.rows()) {
            if (several) {
                List<String> values = new ArrayList<>();
                for (int s = 0; s < table.series().size(); s++) {
                    values.add(table.series().get(s) + " " + row.values().get(s));
                }
                parts.add(row.label() + ": " + String.join(", ", values));
            } else {
                parts.add(row.label() + " " + row.values().get(0));
            }
        }
        return title + ": " + String.join(several ? "; " : ", ", parts) + ".";
    }
}
