package vn.partytrack.platform.web;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/** Chart.js configurations for p:chart, in the house colours. */
public final class Charts {

    /**
     * The JSON provider, found once: {@code Json.createObjectBuilder()} and the like look the provider up through
     * the ServiceLoader on every call, which scans the class path's jar files (JFR: about 4 % of a rendered
     * dashboard's request time, all in the charts).
     */
    static final JsonProvider JSON = JsonProvider.provider();

    public static final List<String> PALETTE = List.of("#a50e0e", "#2563eb", "#16a34a", "#f59e0b", "#6b7280", "#9333ea", "#0891b2");

    private Charts() {
    }

    /** One series: its label, values and colour. */
    public record Series(String label, List<? extends Number> values, String colour) {
    }

    public static String bar(List<String> labels, List<Series> series, boolean horizontal, boolean stacked) {
        JsonObjectBuilder scale = JSON.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)
                .add("ticks", JSON.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder other = JSON.createObjectBuilder().add("stacked", stacked);
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", data(labels, series, null))
                .add("options", JSON.createObjectBuilder().add("indexAxis", horizontal ? "y" : "x").add("maintainAspectRatio", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", series.size() > 1)))
                        .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", scale).add(horizontal ? "y" : "x", other)))
                .build().toString();
    }

    /** A doughnut; {@code colours} gives each segment its colour (the palette when null). */
    public static String doughnut(List<String> labels, List<? extends Number> values, List<String> colours) {
        return JSON.createObjectBuilder().add("type", "doughnut")
                .add("data", data(labels, List.of(new Series("", values, null)), colours == null ? PALETTE : colours))
                .add("options", JSON.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }

    public static String line(List<String> labels, List<Series> series, double max) {
        return JSON.createObjectBuilder().add("type", "line")
                .add("data", data(labels, series, null))
                .add("options", JSON.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder().add("beginAtZero", true).add("max", max))))
                .build().toString();
    }

    private static JsonObjectBuilder data(List<String> labels, List<Series> series, List<String> itemColours) {
        JsonArrayBuilder l = JSON.createArrayBuilder();
        labels.forEach(l::add);
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = JSON.createArrayBuilder();
            s.values().forEach(v -> values.add(v.doubleValue()));
            JsonObjectBuilder set = JSON.createObjectBuilder().add("label", s.label()).add("data", values);
            if (itemColours != null) {
                JsonArrayBuilder colours = JSON.createArrayBuilder();
                for (int i = 0; i < s.values().size(); i++) {
                    colours.add(itemColours.get(i % itemColours.size()));
                }
                set.add("backgroundColor", colours);
            } else {
                set.add("backgroundColor", s.colour()).add("borderColor", s.colour());
            }
            sets.add(set);
        }
        return JSON.createObjectBuilder().add("labels", l).add("datasets", sets);
    }
}
