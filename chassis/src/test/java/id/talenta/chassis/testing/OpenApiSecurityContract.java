package id.talenta.chassis.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads the service's own OpenAPI document and proves that every operation answers 401 without a
 * token or with a token minted for another audience, and 403 for a role it does not allow, also when
 * the token carries the identity provider's own groups beside it (the roles come from the operation's
 * security requirement, which Quarkus derives from {@code @RolesAllowed}). A new endpoint without
 * roles, or with roles that are not enforced, fails the test that calls this.
 *
 * <p>{@link #selfServiceViolations} proves the self-service rule (docs/security.md): an employee token
 * with extra groups gets exactly what a plain employee token gets.
 */
public final class OpenApiSecurityContract {

    public static final List<String> ALL_ROLES =
            List.of("admin", "hr-officer", "assessor", "talent-committee", "integration", "employee");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    public record Operation(String method, String path, Set<String> roles) {
        public String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }

    private OpenApiSecurityContract() {}

    public static List<Operation> operations(Predicate<String> include) throws Exception {
        JsonNode doc = new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").asString());
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            if (!include.test(p.getKey())) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> m = p.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> op = m.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Set<String> roles = new HashSet<>();
                JsonNode security = op.getValue().get("security");
                if (security != null) {
                    security.forEach(req ->
                            req.fields().forEachRemaining(s -> s.getValue().forEach(r -> roles.add(r.asText()))));
                }
                ops.add(new Operation(op.getKey().toUpperCase(), p.getKey(), roles));
            }
        }
        return ops;
    }

    /** Returns every violation found (empty when every operation is protected as documented). */
    public static List<String> violations(Predicate<String> include) throws Exception {
        List<String> problems = new ArrayList<>();
        List<Operation> ops = operations(include);
        if (ops.isEmpty()) {
            problems.add("the OpenAPI document lists no operations");
        }
        for (Operation op : ops) {
            if (op.roles().isEmpty()) {
                problems.add(op.method() + " " + op.path() + " documents no roles");
                continue;
            }
            String path = op.concretePath();
            Response anonymous = call(op, path, null);
            if (anonymous.statusCode() != 401) {
                problems.add(op.method() + " " + op.path() + " without a token answered " + anonymous.statusCode());
            }
            String allowed =
                    op.roles().contains("**") ? "admin" : op.roles().iterator().next();
            int otherApp = call(op, path, TestTokens.forAudience(allowed, "another-application"))
                    .statusCode();
            if (otherApp != 401) {
                problems.add(op.method() + " " + op.path() + " as " + allowed + " with a token for another audience "
                        + "answered " + otherApp);
            }
            int noAudience = call(op, path, TestTokens.withoutAudience(allowed)).statusCode();
            if (noAudience != 401) {
                problems.add(op.method() + " " + op.path() + " as " + allowed + " with a token without audience "
                        + "answered " + noAudience);
            }
            for (String role : ALL_ROLES) {
                if (op.roles().contains(role) || op.roles().contains("**")) {
                    continue;
                }
                Response wrong = call(op, path, TestTokens.forRole(role));
                if (wrong.statusCode() != 403) {
                    problems.add(op.method() + " " + op.path() + " as " + role + " answered " + wrong.statusCode());
                }
                int provider = call(op, path, TestTokens.withProviderGroups(null, role))
                        .statusCode();
                if (provider != 403) {
                    problems.add(op.method() + " " + op.path() + " as " + role + " with the provider's groups "
                            + "answered " + provider);
                }
            }
        }
        return problems;
    }

    /**
     * For every operation that admits {@code employee}, calls it as a plain employee token with the nip
     * {@code callerNip}, and with tokens of that nip as the identity provider issues them: with the
     * provider's own groups, and with a staff role the operation does not admit. Each must get what the
     * plain token gets: the same status and, for a page, the same number of items. {@code pathValues}
     * fills the path parameters by name (someone else's id to prove 404, the caller's own to prove 200);
     * the others get a random UUID. Returns every difference (empty when the rule holds).
     */
    public static List<String> selfServiceViolations(
            Predicate<String> include, Map<String, String> pathValues, String callerNip) throws Exception {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Operation op : operations(include)) {
            if (!op.roles().contains("employee")) {
                continue;
            }
            String path = op.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Response plain = call(op, path, TestTokens.employee(callerNip));
            List<String> shaped = new ArrayList<>();
            shaped.add(TestTokens.providerEmployee(callerNip));
            ALL_ROLES.stream()
                    .filter(r -> !r.equals("employee") && !op.roles().contains(r))
                    .findFirst()
                    .ifPresent(staff -> shaped.add(TestTokens.withProviderGroups(callerNip, "employee", staff)));
            for (String token : shaped) {
                Response other = call(op, path, token);
                compared++;
                String as = op.method() + " " + path + " as " + groupsOf(token);
                if (other.statusCode() != plain.statusCode()) {
                    problems.add(
                            as + " answered " + other.statusCode() + ", a plain employee token " + plain.statusCode());
                } else if (plain.statusCode() == 200 && !totalItems(plain).equals(totalItems(other))) {
                    problems.add(as + " listed " + totalItems(other) + " items, a plain employee token "
                            + totalItems(plain));
                }
            }
        }
        if (compared == 0) {
            problems.add("no operation admits the employee role");
        }
        return problems;
    }

    private static String totalItems(Response response) {
        try {
            JsonNode body = new ObjectMapper().readTree(response.asString());
            JsonNode total = body == null ? null : body.get("totalItems");
            return total == null ? "-" : total.asText();
        } catch (Exception e) {
            return "-";
        }
    }

    private static String groupsOf(String token) {
        try {
            String payload = new String(
                    java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            return new ObjectMapper().readTree(payload).get("groups").toString();
        } catch (Exception e) {
            return "?";
        }
    }

    private static Response call(Operation op, String path, String token) {
        var request = given().contentType("application/json").body("{}");
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.request(op.method(), path);
    }
}
