package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonTest {

    static final UUID ID = UUID.randomUUID();

    static ParticipantReplica participant(String jobLevel, String status) {
        ParticipantReplica p = new ParticipantReplica();
        p.participantId = ID;
        p.nip = "198001012005031001";
        p.fullName = "Dari Peserta";
        p.jobLevel = jobLevel;
        p.unitCode = "DINKES";
        p.status = status;
        p.retirementDate = LocalDate.of(2038, 1, 1);
        return p;
    }

    static ProfileReplica profile() {
        ProfileReplica p = new ProfileReplica();
        p.participantId = ID;
        p.nip = "198001012005031002";
        p.fullName = "Dari Profil";
        p.jobLevel = "PENGAWAS";
        p.unitCode = "BAPPEDA";
        return p;
    }

    @Test
    void theParticipantReplicaComesFirst() {
        Person p = Person.of(ID, participant("ADMINISTRATOR", "ACTIVE"), profile());
        assertEquals("Dari Peserta", p.fullName());
        assertEquals("198001012005031001", p.nip());
        assertEquals("ADMINISTRATOR", p.jobLevel());
        assertEquals(JobLevel.ADMINISTRATOR, p.level());
        assertEquals("DINKES", p.unitCode());
        assertTrue(p.known());
        assertEquals(LocalDate.of(2038, 1, 1), p.retirementDate());
    }

    @Test
    void theProfileFillsWhatTheParticipantLacksFieldByField() {
        Person p = Person.of(ID, participant(null, "ACTIVE"), profile());
        assertEquals("PENGAWAS", p.jobLevel());
        assertEquals("DINKES", p.unitCode());
    }

    @Test
    void aPersonKnownOnlyFromTheirProfileIsActiveButNotKnownAsAParticipant() {
        Person p = Person.of(ID, null, profile());
        assertEquals("Dari Profil", p.fullName());
        assertFalse(p.known());
        assertTrue(p.active());
        assertNull(p.retirementDate());
    }

    @Test
    void anInactiveParticipantIsInactive() {
        assertFalse(Person.of(ID, participant("PENGAWAS", "INACTIVE"), null).active());
    }

    @Test
    void nobodyIsFoundWithoutAReplica() {
        assertTrue(Person.find(ID, null, null).isEmpty());
    }
}
