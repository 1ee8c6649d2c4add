package id.talenta.participant;

import id.talenta.chassis.testing.ArchitectureRules;

/** The shape every service keeps (docs/style.md), checked on this service's main classes. */
class ArchitectureTest extends ArchitectureRules {

    ArchitectureTest() {
        super("id.talenta.participant");
    }
}
