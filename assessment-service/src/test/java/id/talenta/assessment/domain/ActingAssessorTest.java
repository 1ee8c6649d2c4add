package id.talenta.assessment.domain;

import static id.talenta.assessment.domain.ActingAssessor.Verdict.INVALID_CLAIM;
import static id.talenta.assessment.domain.ActingAssessor.Verdict.NO_IDENTITY;
import static id.talenta.assessment.domain.ActingAssessor.Verdict.ON_BEHALF;
import static id.talenta.assessment.domain.ActingAssessor.Verdict.OTHER_ASSESSOR;
import static id.talenta.assessment.domain.ActingAssessor.Verdict.SELF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActingAssessorTest {

    static final UUID ME = UUID.fromString("0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80");
    static final UUID OTHER = UUID.fromString("0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a81");

    @Test
    void anAssessorWhoseClaimNamesTheRequestedAssessorActsAsThemselves() {
        assertEquals(SELF, ActingAssessor.decide(false, Optional.of(ME.toString()), Optional.empty(), ME));
    }

    @Test
    void anAssessorWhoseClaimNamesSomeoneElseIsRefused() {
        assertEquals(OTHER_ASSESSOR, ActingAssessor.decide(false, Optional.of(ME.toString()), Optional.empty(), OTHER));
    }

    @Test
    void theClaimWinsOverTheSubjectsCertificateNumber() {
        assertEquals(
                OTHER_ASSESSOR, ActingAssessor.decide(false, Optional.of(ME.toString()), Optional.of(OTHER), OTHER));
    }

    @Test
    void withoutAClaimTheSubjectsCertificateNumberNamesTheAssessor() {
        assertEquals(SELF, ActingAssessor.decide(false, Optional.empty(), Optional.of(ME), ME));
        assertEquals(OTHER_ASSESSOR, ActingAssessor.decide(false, Optional.empty(), Optional.of(ME), OTHER));
    }

    @Test
    void aTokenWithNeitherClaimNorCertificateSubjectHasNoAssessorIdentity() {
        assertEquals(NO_IDENTITY, ActingAssessor.decide(false, Optional.empty(), Optional.empty(), ME));
    }

    @Test
    void aClaimThatIsNoUuidIsRefused() {
        assertEquals(INVALID_CLAIM, ActingAssessor.decide(false, Optional.of("demo-assessor"), Optional.empty(), ME));
    }

    @Test
    void anAdminMayActForAnyAssessorButActsAsThemselvesWhenTheirOwnClaimMatches() {
        assertEquals(ON_BEHALF, ActingAssessor.decide(true, Optional.empty(), Optional.empty(), ME));
        assertEquals(ON_BEHALF, ActingAssessor.decide(true, Optional.of("garbage"), Optional.empty(), ME));
        assertEquals(ON_BEHALF, ActingAssessor.decide(true, Optional.of(OTHER.toString()), Optional.empty(), ME));
        assertEquals(SELF, ActingAssessor.decide(true, Optional.of(ME.toString()), Optional.empty(), ME));
    }
}
