package id.talenta.talent.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.talenta.talent.domain.Readiness;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How the domain's value types read and write as JSON (the domain itself knows no Jackson): a {@link Readiness} is
 * its code. Registered on the service's ObjectMapper, and found by {@code ObjectMapper.findAndRegisterModules()}
 * through META-INF/services.
 */
public class DomainJson extends SimpleModule {

    public DomainJson() {
        super("talent-domain");
        setMixInAnnotation(Readiness.class, ReadinessAsCode.class);
    }

    abstract static class ReadinessAsCode {
        @JsonCreator
        static Readiness of(String code) {
            return Readiness.of(code);
        }

        @JsonValue
        abstract String code();
    }

    /** Registers the module on the ObjectMapper Quarkus produces. */
    @Singleton
    public static class Customizer implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new DomainJson());
        }
    }
}
