package id.talenta.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplicaChangeTest {

    static final Identity PROFILED = new Identity("198001012005011001", "Dewi", JobLevel.PENGAWAS, "DINKES", "PROFILE");

    @Test
    void aDifferentJobLevelRecomputesTheProfile() {
        assertEquals(
                ReplicaChange.RECOMPUTE,
                ReplicaChange.of(
                        PROFILED,
                        new Identity(
                                PROFILED.nip(),
                                PROFILED.fullName(),
                                JobLevel.ADMINISTRATOR,
                                PROFILED.unitCode(),
                                "REPLICA")));
    }

    @Test
    void aDifferentJobLevelRecomputesEvenWhenTheUnitChangedToo() {
        assertEquals(
                ReplicaChange.RECOMPUTE,
                ReplicaChange.of(
                        PROFILED,
                        new Identity(PROFILED.nip(), PROFILED.fullName(), JobLevel.JPT_PRATAMA, "BAPPEDA", "REPLICA")));
    }

    @Test
    void aNewUnitNameOrNipIsOnlyFollowed() {
        assertEquals(
                ReplicaChange.FOLLOW_IDENTITY,
                ReplicaChange.of(
                        PROFILED,
                        new Identity(PROFILED.nip(), PROFILED.fullName(), JobLevel.PENGAWAS, "BAPPEDA", "REPLICA")));
        assertEquals(
                ReplicaChange.FOLLOW_IDENTITY,
                ReplicaChange.of(
                        PROFILED,
                        new Identity(
                                PROFILED.nip(), "Dewi Lestari", JobLevel.PENGAWAS, PROFILED.unitCode(), "REPLICA")));
        assertEquals(
                ReplicaChange.FOLLOW_IDENTITY,
                ReplicaChange.of(
                        PROFILED,
                        new Identity(
                                "198001012005012002",
                                PROFILED.fullName(),
                                JobLevel.PENGAWAS,
                                PROFILED.unitCode(),
                                "REPLICA")));
    }

    @Test
    void theSameIdentityChangesNothing() {
        assertEquals(
                ReplicaChange.NOTHING,
                ReplicaChange.of(
                        PROFILED,
                        new Identity(
                                PROFILED.nip(),
                                PROFILED.fullName(),
                                JobLevel.PENGAWAS,
                                PROFILED.unitCode(),
                                "REPLICA")));
    }
}
