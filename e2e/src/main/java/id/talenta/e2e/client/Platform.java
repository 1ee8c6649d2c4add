package id.talenta.e2e.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client of the four public APIs, as any integrating system would write one. */
public final class Platform {

    public enum Service {
        PARTICIPANT(8081),
        ASSESSMENT(8082),
        PROFILE(8083),
        TALENT(8084);

        final int defaultPort;

        Service(int port) {
            this.defaultPort = port;
        }
    }

    /** One HTTP answer: status, parsed JSON body (or NullNode), and the Location header if any. */
    public record Answer(int status, JsonNode body, String location, String raw) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Answer expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("expected HTTP " + java.util.Arrays.toString(statuses) + " but got "
                    + status + ": " + (raw.length() > 600 ? raw.substring(0, 600) + "…" : raw));
        }
    }

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String host;
    private final DevTokens tokens;

    public Platform(String host, DevTokens tokens) {
        this.host = host;
        this.tokens = tokens;
    }

    public static Platform local() {
        return new Platform(System.getenv().getOrDefault("TALENTA_HOST", "127.0.0.1"), DevTokens.fromCheckout());
    }

    public DevTokens tokens() {
        return tokens;
    }

    public String url(Service service, String path) {
        return "http://" + host + ":" + service.defaultPort + path;
    }

    public Answer get(Service service, String path, String role) {
        return send(service, "GET", path, tokens.forRole(role), null, null);
    }

    public Answer getAs(Service service, String path, String token) {
        return send(service, "GET", path, token, null, null);
    }

    public Answer post(Service service, String path, String role, Object body) {
        return send(service, "POST", path, tokens.forRole(role), body, "application/json");
    }

    public Answer put(Service service, String path, String role, Object body) {
        return send(service, "PUT", path, tokens.forRole(role), body, "application/json");
    }

    public Answer patch(Service service, String path, String role, Object body, String ifMatch) {
        return send(
                service, "PATCH", path, tokens.forRole(role), body, "application/json", Map.of("If-Match", ifMatch));
    }

    public Answer delete(Service service, String path, String role) {
        return send(service, "DELETE", path, tokens.forRole(role), null, null);
    }

    public Answer upload(Service service, String path, String role, String contentType, String content) {
        return send(service, "POST", path, tokens.forRole(role), content, contentType);
    }

    public Answer send(Service service, String method, String path, String token, Object body, String contentType) {
        return send(service, method, path, token, body, contentType, Map.of());
    }

    public Answer send(
            Service service,
            String method,
            String path,
            String token,
            Object body,
            String contentType,
            Map<String, String> headers) {
        try {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(url(service, path))).timeout(Duration.ofSeconds(60));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                b.header("Content-Type", contentType);
                b.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String raw = r.body() == null ? "" : r.body();
            JsonNode json = NullNode.getInstance();
            if (!raw.isBlank() && raw.trim().matches("(?s)^[\\[{].*")) {
                json = JSON.readTree(raw);
            }
            return new Answer(
                    r.statusCode(), json, r.headers().firstValue("Location").orElse(null), raw);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + url(service, path) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
