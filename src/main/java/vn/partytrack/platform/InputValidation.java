package vn.partytrack.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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
        errors.sort((a, b) -> a.field().compareTo(b.field()));
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
