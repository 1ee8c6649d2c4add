package id.talenta.profile;

import id.talenta.chassis.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The shape every service keeps (docs/architecture.md), checked on this service's main classes. */
class ArchitectureTest {

    static final ServiceArchitecture SERVICE = ServiceArchitecture.of("id.talenta.profile");

    @Test
    void hasThePackagesOfEveryService() {
        SERVICE.hasThePackagesOfEveryService();
    }

    @Test
    void domainImportsNoFramework() {
        SERVICE.domainImportsNoFramework();
    }

    @Test
    void apiUsesNoPersistenceOrTransactions() {
        SERVICE.apiUsesNoPersistenceOrTransactions();
    }

    @Test
    void queriesOnlyInStore() {
        SERVICE.queriesOnlyInStore();
    }

    @Test
    void sqlTextOnlyInStore() {
        SERVICE.sqlTextOnlyInStore();
    }

    @Test
    void packagesAreFreeOfCycles() {
        SERVICE.packagesAreFreeOfCycles();
    }
}
