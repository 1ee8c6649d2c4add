package id.talenta.talent.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The policies exactly as the migration seeds them, so the pure tests check the shipped defaults. */
public final class SeededPolicies {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private SeededPolicies() {}

    public static NineBoxPolicy nineBox() {
        return read("NINE_BOX", NineBoxPolicy.class);
    }

    public static ReadinessPolicy readiness() {
        return read("READINESS", ReadinessPolicy.class);
    }

    private static <T> T read(String kind, Class<T> type) {
        try (InputStream in = SeededPolicies.class.getResourceAsStream("/db/migration/V2__default_policies.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("'" + kind + "', 1, '(\\{.*?\\})'::jsonb", Pattern.DOTALL)
                    .matcher(sql);
            if (!m.find()) {
                throw new IllegalStateException("no seeded " + kind + " policy");
            }
            return MAPPER.readValue(m.group(1), type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
