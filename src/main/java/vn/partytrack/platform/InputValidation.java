package vn.partytrack.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs Bean Validation on an input record and turns violations into {@link FieldError}s whose message keys live in
 * our own bundle: annotations say {@code message = "{organisation.name.required}"}.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public List<FieldError> check(Object input) {
        List<FieldError> errors = new ArrayList<>();
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        for (ConstraintViolation<Object> v : violations) {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
            Map<String, Object> arguments = new LinkedHashMap<>();
            v.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
                if (value instanceof Number || value instanceof String) {
                    arguments.put(name, value);
                }
            });
            errors.add(new FieldError(v.getPropertyPath().toString(), key, arguments));
        }
        errors.addAll(datesOutOfRange(input));
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return errors;
    }

    /**
     * Every date of an input between the years 1900 and 2100: a year the database cannot store (a fuzzer sends
     * -999999999) is the client's mistake, refused next to the field, never a failed statement.
     */
    static List<FieldError> datesOutOfRange(Object input) {
        List<FieldError> errors = new ArrayList<>();
        for (Class<?> type = input.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() != LocalDate.class || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    LocalDate date = (LocalDate) field.get(input);
                    if (date != null && (date.getYear() < 1900 || date.getYear() > 2100)) {
                        errors.add(new FieldError(field.getName(), "field.dateOutOfRange"));
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a field we cannot read is not one a client filled in
                }
            }
        }
        return errors;
    }

    /** Throws when there is anything to refuse; {@code extra} are the use case's own cross-field findings. */
    public void require(Object input, List<FieldError> extra) {
        List<FieldError> errors = check(input);
        for (FieldError e : extra) {
            if (errors.stream().noneMatch(known -> known.field().equals(e.field()))) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
