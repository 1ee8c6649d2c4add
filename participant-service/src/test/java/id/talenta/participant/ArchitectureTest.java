package id.talenta.participant;

import id.talenta.chassis.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The shape every service keeps (docs/architecture.md), checked on this service's main classes. */
class ArchitectureTest {

    private static final ServiceArchitecture ARCHITECTURE = ServiceArchitecture.of("id.talenta.participant");

    @Test
    void hasThePackagesOfEveryService() {
        ARCHITECTURE.hasThePackagesOfEveryService();
    }

    @Test
    void domainImportsNoFramework() {
        ARCHITECTURE.domainImportsNoFramework();
    }

    @Test
    void apiUsesNoPersistenceOrTransactions() {
        ARCHITECTURE.apiUsesNoPersistenceOrTransactions();
    }

    @Test
    void queriesOnlyInStore() {
        ARCHITECTURE.queriesOnlyInStore();
    }

    @Test
    void sqlTextOnlyInStore() {
        ARCHITECTURE.sqlTextOnlyInStore();
    }

    @Test
    void packagesAreFreeOfCycles() {
        ARCHITECTURE.packagesAreFreeOfCycles();
    }
}
