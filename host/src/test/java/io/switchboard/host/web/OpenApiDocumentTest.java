package io.switchboard.host.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.json} describes exactly the HTTP API the host serves: the endpoints are read from
 * Jersey's model of every {@code @Path} class under {@code io.switchboard.host}, so a new or
 * changed endpoint fails here until the document says so too.
 */
class OpenApiDocumentTest {

    private static final Set<String> OPERATION_KEYS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /**
     * A template variable matching an optional rest of the path, such as the webhook's
     * {@code {sub: (/.*)?}}. OpenAPI has no optional path segments, so it is documented as two
     * paths: one without it and one ending in {@code /{path}}.
     */
    private static final String OPTIONAL_SUB_PATH = "(/.*)?";
    private static final String DOCUMENTED_SUB_PATH = "/{path}";

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private static JsonObject document;
    private static List<Endpoint> endpoints;

    @BeforeAll
    static void load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.RESOURCE)) {
            assertNotNull(in, OpenApiResource.RESOURCE + " is not on the classpath");
            document = JsonParser.parseString(new String(in.readAllBytes(), UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        endpoints = servedEndpoints();
    }

    @Test
    void theDocumentIsAnOpenApi31Document() {
        assertTrue(document.get("openapi").getAsString().startsWith("3.1."), "openapi: 3.1.x");
        assertTrue(document.getAsJsonObject("info").has("title"), "info.title");
        assertTrue(document.getAsJsonObject("info").has("version"), "info.version");
    }

    @Test
    void everyServedEndpointIsDocumented() {
        Set<String> missing = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            for (String path : documentedForms(endpoint.template())) {
                if (operation(endpoint.method(), path) == null) {
                    missing.add(endpoint.method() + " " + path + "  (" + endpoint.describe() + ")");
                }
            }
        }
        assertEquals(Set.of(), missing, "endpoints that openapi.json does not document");
    }

    @Test
    void everyDocumentedOperationIsServed() {
        Set<String> served = new HashSet<>();
        for (Endpoint endpoint : endpoints) {
            documentedForms(endpoint.template()).forEach(path -> served.add(endpoint.method() + " " + path));
        }
        Set<String> unserved = new TreeSet<>(documentedOperations().keySet());
        unserved.removeAll(served);
        assertEquals(Set.of(), unserved, "operations in openapi.json that no resource serves");
    }

    @Test
    void everyOperationHasASummaryAndAtLeastOneResponse() {
        List<String> incomplete = new ArrayList<>();
        documentedOperations().forEach((name, operation) -> {
            if (!operation.has("summary") || operation.get("summary").getAsString().isBlank()) {
                incomplete.add(name + ": no summary");
            }
            if (!operation.has("responses") || operation.getAsJsonObject("responses").isEmpty()) {
                incomplete.add(name + ": no response");
            }
        });
        assertEquals(List.of(), incomplete);
    }

    @Test
    void everyReferenceResolvesWithinTheDocument() {
        List<String> broken = new ArrayList<>();
        collectBrokenReferences(document, "#", broken);
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPathVariableIsARequiredPathParameterOfEachOperation() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonElement> path : document.getAsJsonObject("paths").entrySet()) {
            Set<String> variables = new TreeSet<>();
            Matcher matcher = PATH_VARIABLE.matcher(path.getKey());
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
            JsonObject item = path.getValue().getAsJsonObject();
            for (String method : item.keySet()) {
                if (!OPERATION_KEYS.contains(method)) {
                    continue;
                }
                List<JsonObject> parameters = new ArrayList<>(parameters(item));
                parameters.addAll(parameters(item.getAsJsonObject(method)));
                Set<String> declared = new TreeSet<>();
                for (JsonObject parameter : parameters) {
                    if (parameter.get("in").getAsString().equals("path")) {
                        declared.add(parameter.get("name").getAsString());
                        if (!parameter.has("required") || !parameter.get("required").getAsBoolean()) {
                            wrong.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey() + ": path parameter "
                                    + parameter.get("name").getAsString() + " is not required: true");
                        }
                    }
                }
                if (!declared.equals(variables)) {
                    wrong.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey() + ": declares path parameters "
                            + declared + ", its template has " + variables);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyOperationDocumentsTheAccessRuleOfItsEndpoint() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            JsonArray expected = expectedSecurity(endpoint);
            for (String path : documentedForms(endpoint.template())) {
                JsonObject operation = operation(endpoint.method(), path);
                if (operation != null && !expected.equals(operation.get("security"))) {
                    wrong.add(endpoint.method() + " " + path + " needs security " + expected + ", documented "
                            + operation.get("security"));
                }
            }
        }
        assertEquals(List.of(), wrong, "security must be [] for @PermitAll endpoints, else both schemes with the"
                + " roles of @RolesAllowed");
    }

    @Test
    void operationIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new TreeSet<>();
        documentedOperations().values().forEach(operation -> {
            if (operation.has("operationId") && !seen.add(operation.get("operationId").getAsString())) {
                duplicates.add(operation.get("operationId").getAsString());
            }
        });
        assertEquals(Set.of(), duplicates);
    }

    @Test
    void regexConstraintsAreLeftOutOfDocumentedPathVariables() {
        assertEquals(List.of("/api/v1/things/{id}/parts"),
                documentedForms("/api/v1/things/{ id : [0-9]{1,18} }/parts"));
    }

    @Test
    void anOptionalSubPathVariableIsDocumentedAsThePathWithoutItAndWithAPathParameter() {
        assertEquals(List.of("/webhooks/{key}", "/webhooks/{key}/{path}"),
                documentedForms("/webhooks/{key: [a-z0-9][a-z0-9-]*}{sub: (/.*)?}"));
    }

    @Test
    void theOpenApiResourceServesThisDocumentAsJson() {
        Response response = new OpenApiResource().document();

        assertEquals(200, response.getStatus());
        assertTrue(MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType()),
                "media type " + response.getMediaType());
        String served = new String((byte[]) response.getEntity(), UTF_8);
        assertEquals(document, JsonParser.parseString(served));
    }

    // ------------------------------------------------------------------ the served endpoints

    /** One HTTP method on one path template, as Jersey serves it. */
    private record Endpoint(String method, String template, Class<?> resourceClass, Method handler) {
        String describe() {
            return resourceClass.getSimpleName() + "." + handler.getName();
        }
    }

    private static List<Endpoint> servedEndpoints() {
        List<Class<?>> resourceClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.switchboard.host").stream()
                .filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class))
                .map(JavaClass::reflect)
                .toList();
        assertTrue(resourceClasses.contains(OpenApiResource.class), "the scan found no resource classes: "
                + resourceClasses);
        List<Endpoint> found = new ArrayList<>();
        for (Class<?> resourceClass : resourceClasses) {
            collect(Resource.from(resourceClass), "", resourceClass, found);
        }
        return found;
    }

    private static void collect(Resource resource, String parentPath, Class<?> resourceClass, List<Endpoint> found) {
        String path = join(parentPath, resource.getPath());
        assertNull(resource.getResourceLocator(), path + " in " + resourceClass.getSimpleName()
                + " is a sub-resource locator, whose endpoints this test cannot see; serve it with resource methods");
        for (ResourceMethod method : resource.getResourceMethods()) {
            found.add(new Endpoint(method.getHttpMethod(), path, resourceClass,
                    method.getInvocable().getDefinitionMethod()));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, resourceClass, found);
        }
    }

    private static String join(String parent, String child) {
        String head = parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent;
        String tail = child == null ? "" : child.strip();
        while (tail.startsWith("/")) {
            tail = tail.substring(1);
        }
        while (tail.endsWith("/")) {
            tail = tail.substring(0, tail.length() - 1);
        }
        String joined = tail.isEmpty() ? head : head + "/" + tail;
        return joined.startsWith("/") ? joined : "/" + joined;
    }

    /**
     * The paths under which a Jersey template is documented: variables without their regular
     * expressions, and an optional sub-path variable both left out and as {@code /{path}}.
     */
    private static List<String> documentedForms(String template) {
        List<String> forms = new ArrayList<>(List.of(""));
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                forms.replaceAll(form -> form + c);
                i++;
                continue;
            }
            int end = closingBrace(template, i);
            String variable = template.substring(i + 1, end);
            int colon = variable.indexOf(':');
            String name = (colon < 0 ? variable : variable.substring(0, colon)).strip();
            String regex = colon < 0 ? null : variable.substring(colon + 1).strip();
            if (OPTIONAL_SUB_PATH.equals(regex)) {
                List<String> withSubPath = forms.stream().map(form -> form + DOCUMENTED_SUB_PATH).toList();
                forms.addAll(withSubPath);
            } else {
                forms.replaceAll(form -> form + "{" + name + "}");
            }
            i = end + 1;
        }
        return forms;
    }

    private static int closingBrace(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            if (template.charAt(i) == '{') {
                depth++;
            } else if (template.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in " + template);
    }

    /** The security requirement AccessControl enforces, as the document must state it. */
    private static JsonArray expectedSecurity(Endpoint endpoint) {
        JsonArray security = new JsonArray();
        boolean permitAll = endpoint.handler().isAnnotationPresent(PermitAll.class)
                || (endpoint.resourceClass().isAnnotationPresent(PermitAll.class)
                && !endpoint.handler().isAnnotationPresent(RolesAllowed.class));
        if (permitAll) {
            return security;
        }
        String[] roles = roles(endpoint.handler(), roles(endpoint.resourceClass(), new String[0]));
        for (String scheme : List.of("bearerToken", "sessionCookie")) {
            JsonArray scopes = new JsonArray();
            for (String role : roles) {
                scopes.add(role);
            }
            JsonObject requirement = new JsonObject();
            requirement.add(scheme, scopes);
            security.add(requirement);
        }
        return security;
    }

    private static String[] roles(AnnotatedElement element, String[] fallback) {
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? fallback : allowed.value();
    }

    // ------------------------------------------------------------------ the document

    private static JsonObject operation(String method, String path) {
        JsonObject item = document.getAsJsonObject("paths").getAsJsonObject(path);
        return item == null ? null : item.getAsJsonObject(method.toLowerCase(Locale.ROOT));
    }

    /** Every operation of the document by "METHOD path". */
    private static Map<String, JsonObject> documentedOperations() {
        Map<String, JsonObject> operations = new TreeMap<>();
        document.getAsJsonObject("paths").entrySet().forEach(path -> path.getValue().getAsJsonObject().entrySet()
                .stream().filter(e -> OPERATION_KEYS.contains(e.getKey()))
                .forEach(e -> operations.put(e.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                        e.getValue().getAsJsonObject())));
        return operations;
    }

    private static List<JsonObject> parameters(JsonObject holder) {
        List<JsonObject> parameters = new ArrayList<>();
        if (holder.has("parameters")) {
            holder.getAsJsonArray("parameters").forEach(p -> parameters.add(dereference(p).getAsJsonObject()));
        }
        return parameters;
    }

    private static JsonElement dereference(JsonElement element) {
        if (element.isJsonObject() && element.getAsJsonObject().has("$ref")) {
            JsonElement target = pointer(element.getAsJsonObject().get("$ref").getAsString());
            assertNotNull(target, "unresolvable " + element);
            return target;
        }
        return element;
    }

    private static void collectBrokenReferences(JsonElement element, String at, List<String> broken) {
        if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                collectBrokenReferences(array.get(i), at + "/" + i, broken);
            }
        } else if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                if (member.getKey().equals("$ref")) {
                    String ref = member.getValue().getAsString();
                    if (pointer(ref) == null) {
                        broken.add(at + ": " + ref);
                    }
                } else {
                    String token = member.getKey().replace("~", "~0").replace("/", "~1");
                    collectBrokenReferences(member.getValue(), at + "/" + token, broken);
                }
            }
        }
    }

    /** Resolves a local JSON pointer such as {@code #/components/schemas/User}, or null. */
    private static JsonElement pointer(String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonElement current = document;
        for (String token : ref.substring(2).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (current.isJsonObject() && current.getAsJsonObject().has(key)) {
                current = current.getAsJsonObject().get(key);
            } else if (current.isJsonArray() && key.matches("[0-9]+")
                    && Integer.parseInt(key) < current.getAsJsonArray().size()) {
                current = current.getAsJsonArray().get(Integer.parseInt(key));
            } else {
                return null;
            }
        }
        return current;
    }
}
