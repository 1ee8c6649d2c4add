package id.talenta.chassis.testing;

import org.junit.jupiter.api.Test;

/**
 * The {@link ServiceArchitecture} rules as JUnit tests: a service's {@code ArchitectureTest} extends this class
 * with its root package, and each rule is reported on its own.
 */
public abstract class ArchitectureRules {

    private final ServiceArchitecture service;

    protected ArchitectureRules(String basePackage) {
        this.service = ServiceArchitecture.of(basePackage);
    }

    @Test
    void hasThePackagesOfEveryService() {
        service.hasThePackagesOfEveryService();
    }

    @Test
    void domainImportsNoFramework() {
        service.domainImportsNoFramework();
    }

    @Test
    void apiUsesNoPersistenceOrTransactions() {
        service.apiUsesNoPersistenceOrTransactions();
    }

    @Test
    void queriesOnlyInStore() {
        service.queriesOnlyInStore();
    }

    @Test
    void sqlTextOnlyInStore() {
        service.sqlTextOnlyInStore();
    }

    @Test
    void packagesAreFreeOfCycles() {
        service.packagesAreFreeOfCycles();
    }
}
