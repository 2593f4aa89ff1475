package vn.partytrack.assessment;

import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.VietnameseFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the catalogue says about a report's content. A draft only needs well-formed values; a submission also needs
 * every required figure and section and every cross-field rule to hold. Field names: {@code numbers.CODE},
 * {@code dates.CODE}, {@code texts.SECTION}, {@code items[i]}.
 */
final class ReportChecks {

    static final int MAX_TEXT = 20_000;
    static final int MAX_ITEM = 2_000;
    static final int MAX_ITEMS = 50;

    private ReportChecks() {
    }

    /** The form with its text normalised (NFC, trimmed, empty dropped), ready to check and store. */
    static void normalise(ReportForm form) {
        Map<String, String> texts = new HashMap<>();
        form.getTexts().forEach((k, v) -> {
            String clean = Text.clean(v);
            if (clean != null) {
                texts.put(k, clean);
            }
        });
        form.setTexts(texts);
        form.getNumbers().values().removeIf(Objects::isNull);
        form.getDates().values().removeIf(Objects::isNull);
        form.getItems().removeIf(i -> i == null || Text.clean(i.getBody()) == null);
        form.getItems().forEach(i -> i.setBody(Text.clean(i.getBody())));
    }

    static List<FieldError> check(ReportForm form, List<Indicator> indicators, List<ReportSection> sections,
                                  List<IndicatorRule> rules, LocalDate start, LocalDate end, boolean submission) {
        Map<String, Indicator> byCode = indicators.stream().collect(Collectors.toMap(Indicator::getCode, Function.identity()));
        Map<String, ReportSection> sectionByCode = sections.stream().collect(Collectors.toMap(ReportSection::getCode, Function.identity()));
        List<FieldError> errors = new ArrayList<>();

        form.getNumbers().forEach((code, value) -> {
            Indicator indicator = byCode.get(code);
            String field = "numbers." + code;
            if (indicator == null || indicator.getKind() == Indicator.Kind.DATE) {
                errors.add(new FieldError(field, "report.value.unknown"));
            } else if (value.signum() < 0) {
                errors.add(new FieldError(field, "field.notNegative"));
            } else if (indicator.getKind() == Indicator.Kind.COUNT && value.stripTrailingZeros().scale() > 0) {
                errors.add(new FieldError(field, "report.value.whole"));
            } else if (indicator.getKind() == Indicator.Kind.PERCENT && value.stripTrailingZeros().scale() > 1) {
                errors.add(new FieldError(field, "report.value.oneDecimal"));
            } else if ((indicator.getMin() != null && value.compareTo(indicator.getMin()) < 0)
                    || (indicator.getMax() != null && value.compareTo(indicator.getMax()) > 0)) {
                errors.add(new FieldError(field, "report.value.range", Map.of(
                        "min", VietnameseFormat.number(indicator.getMin(), Locale.forLanguageTag("vi")),
                        "max", VietnameseFormat.number(indicator.getMax(), Locale.forLanguageTag("vi")))));
            }
        });
        form.getDates().forEach((code, date) -> {
            Indicator indicator = byCode.get(code);
            String field = "dates." + code;
            if (indicator == null || indicator.getKind() != Indicator.Kind.DATE) {
                errors.add(new FieldError(field, "report.value.unknown"));
            } else if (date.isBefore(start) || date.isAfter(end)) {
                errors.add(new FieldError(field, "report.value.dateOutside",
                        Map.of("start", VietnameseFormat.date(start), "end", VietnameseFormat.date(end))));
            }
        });
        form.getTexts().forEach((code, text) -> {
            ReportSection section = sectionByCode.get(code);
            if (section == null || !section.isNarrative()) {
                errors.add(new FieldError("texts." + code, "report.value.unknown"));
            } else if (text.length() > MAX_TEXT) {
                errors.add(new FieldError("texts." + code, "field.tooLong", Map.of("max", MAX_TEXT)));
            }
        });
        if (form.getItems().size() > MAX_ITEMS) {
            errors.add(new FieldError("items", "report.items.tooMany", Map.of("max", MAX_ITEMS)));
        }
        for (int i = 0; i < form.getItems().size(); i++) {
            ReportForm.Item item = form.getItems().get(i);
            if (item.getKind() == null) {
                errors.add(new FieldError("items[" + i + "]", "report.item.kind"));
            } else if (item.getBody().length() > MAX_ITEM) {
                errors.add(new FieldError("items[" + i + "]", "field.tooLong", Map.of("max", MAX_ITEM)));
            }
        }
        if (!submission || !errors.isEmpty()) {
            return errors;
        }

        for (Indicator indicator : indicators) {
            boolean present = indicator.getKind() == Indicator.Kind.DATE
                    ? form.getDates().containsKey(indicator.getCode()) : form.getNumbers().containsKey(indicator.getCode());
            if (indicator.isRequired() && !present) {
                errors.add(new FieldError((indicator.getKind() == Indicator.Kind.DATE ? "dates." : "numbers.") + indicator.getCode(),
                        "report.value.required"));
            }
        }
        for (ReportSection section : sections) {
            if (section.isNarrative() && section.isRequired() && !form.getTexts().containsKey(section.getCode())) {
                errors.add(new FieldError("texts." + section.getCode(), "report.text.required"));
            }
        }
        for (IndicatorRule rule : rules) {
            if (!rule.holdsFor(form.getNumbers())) {
                errors.add(new FieldError("numbers." + rule.getField(), "report.rule",
                        Map.of("vi", rule.message(Locale.forLanguageTag("vi")), "en", rule.message(Locale.ENGLISH))));
            }
        }
        return errors;
    }

    static Map<String, BigDecimal> numbers(Map<String, ReportValue> values) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        values.forEach((k, v) -> {
            if (v.number() != null) {
                numbers.put(k, v.number());
            }
        });
        return numbers;
    }
}
