package id.talenta.chassis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.testing.OpenApiSecurityContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityContractTest {

    @Test
    void everyChassisOperationAnswers401WithoutTokenAnd403ForOtherRoles() throws Exception {
        // /probe is this test application's own unprotected fixture, not part of the chassis.
        List<String> violations = OpenApiSecurityContract.violations(path -> !path.startsWith("/probe"));
        assertEquals(List.of(), violations);
    }

    @Test
    void theContractNoticesAnUnprotectedOperation() throws Exception {
        List<String> violations = OpenApiSecurityContract.violations(path -> path.startsWith("/probe/conflict"));
        assertEquals(List.of("GET /probe/conflict documents no roles"), violations);
    }
}
