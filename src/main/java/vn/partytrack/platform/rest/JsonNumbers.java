package vn.partytrack.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * JSON-B for the API, with whole numbers read strictly: JSON-B alone turns {@code 1.5} members into 1 and
 * {@code "12"} into 12 without a word (and a quoted decimal, {@code "ADMITTED":"3"}, into 3). Anything but a whole number in range is refused as unreadable, naming the
 * property (ProblemMapper).
 */
@Provider
public class JsonNumbers implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeInteger(), new WholeLong(), new AnyNumber()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    private static JsonNumber whole(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number;
        }
        throw new JsonbException("not a whole number");
    }

    private static final class WholeInteger implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                return whole(parser).intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("out of range", e);
            }
        }
    }

    private static final class WholeLong implements JsonbDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                return whole(parser).longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("out of range", e);
            }
        }
    }

    /** A decimal (a report's figures) is a JSON number, never a string that looks like one. */
    private static final class AnyNumber implements JsonbDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            if (parser.getValue() instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            throw new JsonbException("not a number");
        }
    }
}
