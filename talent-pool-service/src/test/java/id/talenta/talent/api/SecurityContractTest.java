package id.talenta.talent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.testing.OpenApiSecurityContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityContractTest {

    @Test
    void everyOperationAnswers401WithoutATokenAnd403ForEveryRoleItDoesNotAllow() throws Exception {
        assertEquals(List.of(), OpenApiSecurityContract.violations(path -> path.startsWith("/api/")));
    }
}
