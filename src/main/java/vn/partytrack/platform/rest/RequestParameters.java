package vn.partytrack.platform.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Text;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Path and query parameters as the services expect them. Whole numbers ({@code /reports/abc}, {@code ?limit=1e9}) are
 * refused with a 400 naming the parameter, where JAX-RS alone would answer 404 and say nothing of which one; text is
 * {@link Text#clean cleaned}; a yes-or-no parameter is {@code true} or {@code false} and nothing else; like any other input (NFC, no control characters: PostgreSQL refuses NUL).
 */
@Provider
public class RequestParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, rawType.isPrimitive(), Long::valueOf);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, rawType.isPrimitive(), Integer::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new TrueOrFalse(name);
        }
        if (rawType == String.class) {
            return (ParamConverter<T>) new CleanText();
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }

    private static final class CleanText implements ParamConverter<String> {

        @Override
        public String fromString(String value) {
            return Text.clean(value);
        }

        @Override
        public String toString(String value) {
            return value;
        }
    }

    /** {@code true} or {@code false} (any case), nothing else: {@code ?includeInactive=banana} is a 400, not false. */
    private record TrueOrFalse(String name) implements ParamConverter<Boolean> {

        @Override
        public Boolean fromString(String value) {
            String v = value == null ? "" : value.strip();
            if (v.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (v.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            throw new InvalidInput(name, "field.trueOrFalse");
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    }

    /** A primitive cannot be left out: an empty value is refused rather than passed on as null. */
    private record WholeNumber<N extends Number>(String name, boolean primitive, Function<String, N> parse) implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null || value.isBlank()) {
                if (primitive) {
                    throw new InvalidInput(name, "field.wholeNumber");
                }
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput(name, "field.wholeNumber");
            }
        }

        @Override
        public String toString(N value) {
            return String.valueOf(value);
        }
    }
}
