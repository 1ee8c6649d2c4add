package id.talenta.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParticipantStateTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T00:00:00Z"), ZoneOffset.UTC);
    static final Map<String, Integer> AGES = Map.of("ADMINISTRATOR", 58, "JPT_PRATAMA", 60, "AHLI_UTAMA", 65);
    static final ReferenceLookup REFERENCE = new ReferenceLookup() {
        @Override
        public OptionalInt retirementAge(String jobLevel) {
            Integer age = AGES.get(jobLevel);
            return age == null ? OptionalInt.empty() : OptionalInt.of(age);
        }

        @Override
        public boolean isRankOf(String rank, String employmentType) {
            return employmentType.equals("PNS") ? rank.contains("/") : !rank.contains("/");
        }
    };
    static final ParticipantDraft DRAFT = new ParticipantDraft(
                    "196608011988031001",
                    " Siti   Rahmawati ",
                    null,
                    null,
                    "pns",
                    "IV/a",
                    "Kepala Bidang",
                    "ADMINISTRATOR",
                    "UNIT-A",
                    null,
                    null,
                    null,
                    null)
            .normalized();

    @Test
    void shouldDeriveRetirementDateFromTheJobLevelsRetirementAge() {
        ParticipantState s = ParticipantRules.derive(DRAFT, null, UUID.randomUUID(), REFERENCE, TODAY)
                .state();
        assertEquals(LocalDate.of(2024, 9, 1), s.retirementDate());
        assertEquals("Siti Rahmawati", s.fullName());
        assertEquals("PNS", s.employmentType());
        assertEquals("1988-03", s.cpnsStartMonth());
        assertEquals(1, s.version());
    }

    @Test
    void shouldRecomputeRetirementDateWhenTheJobLevelChanges() {
        ParticipantState before = ParticipantRules.derive(DRAFT, null, UUID.randomUUID(), REFERENCE, TODAY)
                .state();
        ParticipantDraft promoted = new ParticipantDraft(
                DRAFT.nip(),
                DRAFT.fullName(),
                null,
                null,
                "PNS",
                "IV/a",
                "Ahli",
                "AHLI_UTAMA",
                "UNIT-A",
                null,
                null,
                null,
                null);
        ParticipantState after = ParticipantRules.derive(promoted, before, null, REFERENCE, TODAY)
                .state();
        assertEquals(LocalDate.of(2031, 9, 1), after.retirementDate());
        assertEquals(List.of("positionTitle", "jobLevel", "retirementDate"), before.changedFields(after));
        assertEquals(before.id(), after.id());
    }

    @Test
    void shouldSeeNoChangeWhenOnlyWhitespaceDiffers() {
        ParticipantState before = ParticipantRules.derive(DRAFT, null, UUID.randomUUID(), REFERENCE, TODAY)
                .state();
        ParticipantDraft same = new ParticipantDraft(
                        DRAFT.nip(),
                        "Siti  Rahmawati",
                        null,
                        " ",
                        "PNS",
                        "IV/a",
                        "Kepala  Bidang",
                        "ADMINISTRATOR",
                        "UNIT-A",
                        "",
                        null,
                        null,
                        null)
                .normalized();
        assertTrue(before.changedFields(ParticipantRules.derive(same, before, null, REFERENCE, TODAY)
                        .state())
                .isEmpty());
    }

    @Test
    void shouldListEveryInvalidField() {
        ParticipantDraft bad = new ParticipantDraft(
                "123", null, null, null, "ASN", "IV/a", null, "BOSS", null, "not-an-email", null, null, null);
        List<String> fields = ParticipantRules.derive(bad, null, UUID.randomUUID(), REFERENCE, TODAY).issues().stream()
                .map(FieldIssue::field)
                .toList();
        assertEquals(
                List.of("nip", "fullName", "positionTitle", "unitCode", "email", "employmentType", "jobLevel"), fields);
    }

    @Test
    void shouldRejectARankOfTheOtherEmploymentType() {
        ParticipantDraft pppk = new ParticipantDraft(
                DRAFT.nip(), "A", null, null, "PPPK", "IV/a", "B", "ADMINISTRATOR", "U", null, null, null, null);
        assertEquals(
                "rank",
                ParticipantRules.derive(pppk, null, UUID.randomUUID(), REFERENCE, TODAY)
                        .issues()
                        .get(0)
                        .field());
    }
}
