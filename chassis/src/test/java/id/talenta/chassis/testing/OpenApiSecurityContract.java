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
 * token and 403 for a role it does not allow (the roles come from the operation's security
 * requirement, which Quarkus derives from {@code @RolesAllowed}). A new endpoint without roles, or
 * with roles that are not enforced, fails the test that calls this.
 */
public final class OpenApiSecurityContract {

    public static final List<String> ALL_ROLES = List.of("admin", "hr-officer", "assessor", "talent-committee",
            "integration", "employee");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    public record Operation(String method, String path, Set<String> roles) {
        public String concretePath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }

    private OpenApiSecurityContract() {}

    public static List<Operation> operations(Predicate<String> include) throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
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
                    security.forEach(req -> req.fields().forEachRemaining(s -> s.getValue().forEach(r -> roles.add(r.asText()))));
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
            Response anonymous = call(op, null);
            if (anonymous.statusCode() != 401) {
                problems.add(op.method() + " " + op.path() + " without a token answered " + anonymous.statusCode());
            }
            for (String role : ALL_ROLES) {
                if (op.roles().contains(role) || op.roles().contains("**")) {
                    continue;
                }
                Response wrong = call(op, TestTokens.forRole(role));
                if (wrong.statusCode() != 403) {
                    problems.add(op.method() + " " + op.path() + " as " + role + " answered " + wrong.statusCode());
                }
            }
        }
        return problems;
    }

    private static Response call(Operation op, String token) {
        var request = given().contentType("application/json").body("{}");
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.request(op.method(), op.concretePath());
    }
}
