package vn.partytrack.platform.rest;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.partytrack.assessment.rest.IssueResource;
import vn.partytrack.assessment.rest.ReportResource;
import vn.partytrack.congress.rest.CongressResource;
import vn.partytrack.dashboard.rest.DashboardResource;
import vn.partytrack.directive.rest.DirectiveResource;
import vn.partytrack.directive.rest.ImplementationResource;
import vn.partytrack.meeting.rest.MeetingResource;
import vn.partytrack.notification.rest.NotificationResource;
import vn.partytrack.organisation.rest.OrganisationResource;
import vn.partytrack.organisation.rest.RegistryChangeResource;
import vn.partytrack.period.rest.PeriodResource;
import vn.partytrack.officer.rest.OfficerResource;
import vn.partytrack.officer.rest.OfficerWatchResource;
import vn.partytrack.rating.rest.RatingResource;
import vn.partytrack.admission.rest.CandidateResource;
import vn.partytrack.admission.rest.PublicHolidayResource;
import vn.partytrack.synthesis.rest.SynthesisResource;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the OpenAPI document that Payara generates from the resources say what the server does, so that generated
 * clients and validators work (mp.openapi.filter in microprofile-config.properties):
 * <ul>
 * <li>types from the Java types of the resources' parameters and of the records they read and write: dates are
 * {@code string}/{@code date}, instants {@code date-time}, ids and counts {@code integer}/{@code int64} (Payara says
 * {@code object} and {@code number});</li>
 * <li>path parameters and those marked {@code @Parameter(required = true)} are required; a parameter marked
 * {@link OneOf} lists its values;</li>
 * <li>each operation's answers: its success statuses (201 and, for an open-or-create, 200; 204 where there may be
 * nothing) and every refusal, 400, 401, 403, 404, 409 and (with a body) 415, as {@code application/problem+json}
 * with the {@link Problem} schema, instead of one "default";</li>
 * <li>a request body whose record shares its simple name with another resource's (three {@code OpenRequest}s) gets
 * a schema of its own.</li>
 * </ul>
 * The IT suite validates every response the API tests receive against the served document ({@code Api}) and
 * generates requests from it for every operation ({@code EdgeInputIT}).
 */
public class OpenApiConformance implements OASFilter {

    static final String PROBLEM = "application/problem+json";

    /** Every resource class of the API; EdgeInputIT fails on an operation whose method is not found here. */
    static final List<Class<?>> RESOURCES = List.of(
            ExportResource.class,
            NotificationResource.class,
            ReportResource.class,
            IssueResource.class,
            CongressResource.class,
            ImplementationResource.class,
            DirectiveResource.class,
            OrganisationResource.class,
            RegistryChangeResource.class,
            MeetingResource.class,
            SynthesisResource.class,
            PeriodResource.class,
            DashboardResource.class,
            RatingResource.class,
            OfficerResource.class,
            OfficerWatchResource.class,
            CandidateResource.class,
            PublicHolidayResource.class);

    private final Map<String, Set<Class<?>>> bySimpleName = new HashMap<>();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, Method> methods = methods();
        for (Method m : methods.values()) {
            collect(m.getGenericReturnType());
            for (Type t : m.getGenericParameterTypes()) {
                collect(t);
            }
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Problem", problemSchema());
        // records Payara refers to without describing them (DisseminationMatrix.Share)
        for (Map.Entry<String, Set<Class<?>>> e : bySimpleName.entrySet()) {
            if (e.getValue().size() == 1 && (api.getComponents().getSchemas() == null || !api.getComponents().getSchemas().containsKey(e.getKey()))) {
                Class<?> c = e.getValue().iterator().next();
                api.getComponents().addSchema(e.getKey(), c.isEnum() ? schemaOf(c) : objectSchema(c));
            }
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        for (Map.Entry<String, Schema> e : new ArrayList<>(schemas.entrySet())) {
            Set<Class<?>> classes = bySimpleName.get(e.getKey());
            if (classes != null && classes.size() == 1 && !e.getKey().equals("Problem")) {
                fixProperties(e.getValue(), classes.iterator().next());
            }
        }
        // Payara's own top-level "endpoints" is not OpenAPI (parsers flag it): emptied, as far as Payara allows
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new HashMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation: nothing of the kind to remove
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> operationIds = new HashSet<>();
        for (Map.Entry<String, PathItem> p : api.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> o : p.getValue().getOperations().entrySet()) {
                Method m = methods.get(o.getKey().name() + " " + p.getKey());
                if (m != null) {
                    fixOperation(api, o.getKey(), o.getValue(), m);
                    // unique, as OpenAPI requires (Payara names each after its Java method: many "list", "get")
                    String resource = m.getDeclaringClass().getSimpleName().replace("Resource", "");
                    String id = resource.substring(0, 1).toLowerCase(Locale.ROOT) + resource.substring(1)
                            + m.getName().substring(0, 1).toUpperCase(Locale.ROOT) + m.getName().substring(1);
                    String unique = id;
                    for (int n = 2; !operationIds.add(unique); n++) {
                        unique = id + n;
                    }
                    o.getValue().setOperationId(unique);
                }
            }
        }
    }

    // ---- the resources' methods by "METHOD /api/v1/path"

    private static Map<String, Method> methods() {
        Map<String, Method> found = new LinkedHashMap<>();
        String base = "/api/v1";
        for (Class<?> resource : RESOURCES) {
            Path classPath = resource.getAnnotation(Path.class);
            String prefix = base + "/" + strip(classPath == null ? "" : classPath.value());
            for (Method m : resource.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path path = m.getAnnotation(Path.class);
                String full = path == null ? prefix : prefix + "/" + strip(path.value());
                found.put(verb + " " + (full.endsWith("/") ? full.substring(0, full.length() - 1) : full), m);
            }
        }
        return found;
    }

    private static String strip(String path) {
        String s = path.startsWith("/") ? path.substring(1) : path;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    // ---- operations

    private void fixOperation(OpenAPI api, PathItem.HttpMethod verb, Operation operation, Method m) {
        java.lang.reflect.Parameter[] javaParameters = m.getParameters();
        boolean body = false;
        Type bodyType = null;
        for (java.lang.reflect.Parameter jp : javaParameters) {
            QueryParam q = jp.getAnnotation(QueryParam.class);
            PathParam pp = jp.getAnnotation(PathParam.class);
            if (q == null && pp == null) {
                if (!jp.isAnnotationPresent(Context.class)) {
                    body = true;
                    bodyType = jp.getParameterizedType();
                }
                continue;
            }
            String name = q != null ? q.value() : pp.value();
            Parameter parameter = parameter(operation, name);
            if (parameter == null) {
                continue;
            }
            Schema schema = schemaOf(jp.getParameterizedType());
            OneOf oneOf = jp.getAnnotation(OneOf.class);
            if (oneOf != null) {
                schema = OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .enumeration(new ArrayList<>(Arrays.stream(oneOf.value().getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList()));
                for (String extra : oneOf.also()) {
                    schema.addEnumeration(extra);
                }
            }
            Schema old = parameter.getSchema();
            if (old != null && old.getPattern() != null && schema.getType() == Schema.SchemaType.STRING) {
                schema.setPattern(ecma(old.getPattern()));
            }
            parameter.setSchema(schema);
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter declared =
                    jp.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
            if (pp != null || (declared != null && declared.required())) {
                parameter.setRequired(true);
            }
        }
        if (body && bodyType instanceof Class<?> bodyClass && bodyClass.getEnclosingClass() != null
                && bySimpleName.getOrDefault(bodyClass.getSimpleName(), Set.of()).size() > 1 && operation.getRequestBody() != null) {
            String own = bodyClass.getEnclosingClass().getSimpleName() + bodyClass.getSimpleName();
            api.getComponents().addSchema(own, objectSchema(bodyClass));
            for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                media.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + own));
            }
        }
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().setRequired(false);
        }

        APIResponses responses = operation.getResponses();
        APIResponse generated = responses == null ? null : responses.getDefaultValue();
        Content content = generated == null ? null : generated.getContent();
        APIResponses fixed = OASFactory.createAPIResponses();
        boolean rawResponse = m.getReturnType() == Response.class;
        if (m.getReturnType() == void.class) {
            fixed.addAPIResponse("204", OASFactory.createAPIResponse().description("Done."));
        } else if (rawResponse && verb == PathItem.HttpMethod.POST) {
            fixed.addAPIResponse("201", OASFactory.createAPIResponse().description("Created; its address in Location.").content(content));
            if (m.getName().equals("open")) {
                fixed.addAPIResponse("200", OASFactory.createAPIResponse().description("It was already there.").content(content));
            }
        } else {
            fixed.addAPIResponse("200", OASFactory.createAPIResponse().description("OK.").content(content));
            if (m.getName().equals("previous")) {
                fixed.addAPIResponse("204", OASFactory.createAPIResponse().description("There is none."));
            }
        }
        refusal(fixed, "400", "Invalid input: each refused field or parameter is named in errors.");
        refusal(fixed, "401", "Without valid credentials.");
        refusal(fixed, "403", "Outside the caller's scope or role, or a cross-site request.");
        refusal(fixed, "404", "No such record.");
        refusal(fixed, "409", "A stale version, or a step the record's state does not allow.");
        if (body) {
            refusal(fixed, "415", "The body is not JSON.");
        }
        operation.setResponses(fixed);
    }

    private static Parameter parameter(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
    }

    private static void refusal(APIResponses responses, String status, String description) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }

    private static Schema problemSchema() {
        Schema field = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details in the caller's language; errors names each refused field")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(field))
                .required(List.of("title", "status"));
    }

    /** A Java regular expression as ECMA-262 reads it: inline flags such as (?i) have no equivalent there. */
    static String ecma(String pattern) {
        return pattern.replace("(?i)", "");
    }

    // ---- component schemas

    private void collect(Type type) {
        collect(type, new LinkedHashSet<>());
    }

    private void collect(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), seen);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, seen);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type t : w.getUpperBounds()) {
                collect(t, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isArray() || !c.getName().startsWith("vn.partytrack") || !seen.add(c)) {
            return;
        }
        bySimpleName.computeIfAbsent(c.getSimpleName(), k -> new LinkedHashSet<>()).add(c);
        for (Map.Entry<String, Type> property : properties(c).entrySet()) {
            collect(property.getValue(), seen);
        }
    }

    /** The JSON properties of a record or bean as JSON-B writes them, with their Java types. */
    static Map<String, Type> properties(Class<?> c) {
        Map<String, Type> found = new LinkedHashMap<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                found.put(rc.getName(), rc.getGenericType());
            }
            return found;
        }
        if (c.isEnum()) {
            return found;
        }
        for (Method m : c.getMethods()) {
            if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            String n = m.getName();
            String name = n.startsWith("get") && n.length() > 3 ? n.substring(3)
                    : n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class) ? n.substring(2) : null;
            if (name != null && !m.isAnnotationPresent(JsonbTransient.class)) {
                String property = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
                if (!transientField(c, property)) {
                    found.put(property, m.getGenericReturnType());
                }
            }
        }
        for (Field f : c.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                found.putIfAbsent(f.getName(), f.getGenericType());
            }
        }
        return found;
    }

    private static boolean transientField(Class<?> c, String name) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                return f.isAnnotationPresent(JsonbTransient.class)
                        || Modifier.isTransient(f.getModifiers());
            } catch (NoSuchFieldException e) {
                // a superclass may have it
            }
        }
        return false;
    }

    private void fixProperties(Schema schema, Class<?> c) {
        if (c.isEnum()) {
            return;
        }
        Map<String, Type> javaTypes = properties(c);
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
                Type t = javaTypes.get(p.getKey());
                if (t != null) {
                    adjust(p.getValue(), t);
                }
            }
        }
        // properties Payara left out (a form's version, its enum-typed fields): the server sends them
        for (Map.Entry<String, Type> p : javaTypes.entrySet()) {
            if (schema.getProperties() == null || !schema.getProperties().containsKey(p.getKey())) {
                schema.addProperty(p.getKey(), schemaOf(p.getValue()));
            }
        }
        if (schema.getType() == null) {
            schema.setType(Schema.SchemaType.OBJECT);
        }
    }

    /** Sets a scalar's type and format (and an array's or map's items) from its Java type; references stay. */
    private void adjust(Schema s, Type t) {
        if (s.getRef() != null) {
            // Payara names a schema after the simple class name: two enums called State (a report's timeliness, a
            // congress's schedule) became one, with the other's values. Such a one is written out in place.
            Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : t instanceof Class<?> c ? c : null;
            if (raw != null && bySimpleName.getOrDefault(raw.getSimpleName(), Set.of()).size() > 1) {
                Schema inline = raw.isEnum() ? schemaOf(raw) : objectSchema(raw);
                s.setRef(null);
                s.setType(inline.getType());
                s.setEnumeration(inline.getEnumeration());
                s.setProperties(inline.getProperties());
            }
            return;
        }
        Schema wanted = schemaOf(t);
        if (wanted.getRef() != null) {
            return;
        }
        s.setType(wanted.getType());
        s.setFormat(wanted.getFormat());
        if (wanted.getType() != Schema.SchemaType.OBJECT) {
            s.setProperties(null);
        }
        if (wanted.getItems() != null) {
            if (s.getItems() == null) {
                s.setItems(wanted.getItems());
            } else {
                adjust(s.getItems(), elementType(t));
            }
        }
        if (wanted.getAdditionalPropertiesSchema() != null) {
            s.setAdditionalPropertiesSchema(wanted.getAdditionalPropertiesSchema());
        }
        if (s.getPattern() != null) {
            s.setPattern(ecma(s.getPattern()));
        }
    }

    private static Type elementType(Type t) {
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return args[args.length - 1];
        }
        if (t instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return Object.class;
    }

    /** The schema of a Java type: scalars, dates, collections, maps, enums; records and beans by reference. */
    Schema schemaOf(Type t) {
        if (t instanceof WildcardType w) {
            return schemaOf(w.getUpperBounds()[0]);
        }
        if (t instanceof TypeVariable<?>) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        }
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schemaOf(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(schemaOf(p.getActualTypeArguments()[1]));
            }
            return schemaOf(raw);
        }
        Class<?> c = (Class<?>) t;
        if (c == Long.class || c == long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (c == Integer.class || c == int.class || c == Short.class || c == short.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (c == BigDecimal.class || c == Double.class || c == double.class || c == Float.class || c == float.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (c == Boolean.class || c == boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (c == String.class || c == Character.class || c == char.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (c == LocalDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class || c == ZonedDateTime.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        }
        if (c.isArray()) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schemaOf(c.getComponentType()));
        }
        if (c.isEnum()) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    .enumeration(new ArrayList<>(Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList()));
        }
        if (c.getName().startsWith("vn.partytrack") && bySimpleName.getOrDefault(c.getSimpleName(), Set.of()).size() == 1) {
            return OASFactory.createSchema().ref("#/components/schemas/" + c.getSimpleName());
        }
        if (c.getName().startsWith("vn.partytrack")) {
            return objectSchema(c);
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    private Schema objectSchema(Class<?> c) {
        Schema s = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        for (Map.Entry<String, Type> p : properties(c).entrySet()) {
            s.addProperty(p.getKey(), schemaOf(p.getValue()));
        }
        return s;
    }
}
