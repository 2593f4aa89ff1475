package vn.partytrack.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/** Chart.js configurations for p:chart, in the house colours. */
public final class Charts {

    public static final List<String> PALETTE = List.of("#a50e0e", "#2563eb", "#16a34a", "#f59e0b", "#6b7280", "#9333ea", "#0891b2");

    private Charts() {
    }

    /** One series: its label, values and colour. */
    public record Series(String label, List<? extends Number> values, String colour) {
    }

    public static String bar(List<String> labels, List<Series> series, boolean horizontal, boolean stacked) {
        JsonObjectBuilder scale = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder other = Json.createObjectBuilder().add("stacked", stacked);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", data(labels, series, null))
                .add("options", Json.createObjectBuilder().add("indexAxis", horizontal ? "y" : "x").add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", series.size() > 1)))
                        .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", scale).add(horizontal ? "y" : "x", other)))
                .build().toString();
    }

    /** A doughnut; {@code colours} gives each segment its colour (the palette when null). */
    public static String doughnut(List<String> labels, List<? extends Number> values, List<String> colours) {
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", data(labels, List.of(new Series("", values, null)), colours == null ? PALETTE : colours))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }

    public static String line(List<String> labels, List<Series> series, double max) {
        return Json.createObjectBuilder().add("type", "line")
                .add("data", data(labels, series, null))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true).add("max", max))))
                .build().toString();
    }

    private static JsonObjectBuilder data(List<String> labels, List<Series> series, List<String> itemColours) {
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            s.values().forEach(v -> values.add(v.doubleValue()));
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", s.label()).add("data", values);
            if (itemColours != null) {
                JsonArrayBuilder colours = Json.createArrayBuilder();
                for (int i = 0; i < s.values().size(); i++) {
                    colours.add(itemColours.get(i % itemColours.size()));
                }
                set.add("backgroundColor", colours);
            } else {
                set.add("backgroundColor", s.colour()).add("borderColor", s.colour());
            }
            sets.add(set);
        }
        return Json.createObjectBuilder().add("labels", l).add("datasets", sets);
    }
}
