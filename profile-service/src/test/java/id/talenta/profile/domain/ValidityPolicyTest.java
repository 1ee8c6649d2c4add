package id.talenta.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityPolicyTest {

    @Test
    void thirtySixMonthsFromTheAssessmentDateIncludingItsLastDay() {
        LocalDate until = ValidityPolicy.DEFAULT.validUntil(LocalDate.of(2023, 5, 10));
        assertEquals(LocalDate.of(2026, 5, 9), until);
        assertFalse(ValidityPolicy.expired(until, LocalDate.of(2026, 5, 9)));
        assertTrue(ValidityPolicy.expired(until, LocalDate.of(2026, 5, 10)));
        // month ends and leap days
        assertEquals(LocalDate.of(2027, 2, 27), ValidityPolicy.DEFAULT.validUntil(LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2026, 1, 30), ValidityPolicy.DEFAULT.validUntil(LocalDate.of(2023, 1, 31)));
        assertEquals(LocalDate.of(2024, 5, 9), new ValidityPolicy(12).validUntil(LocalDate.of(2023, 5, 10)));
        assertFalse(ValidityPolicy.expired(null, LocalDate.of(2099, 1, 1)));
    }

    @Test
    void theSentenceSaysValidOrExpired() {
        assertEquals(
                "Assessment of 2023-05-10 valid until 2026-05-09 (framework validity 36 months).",
                ValidityPolicy.DEFAULT.describe(LocalDate.of(2023, 5, 10), LocalDate.of(2026, 5, 9)));
        assertTrue(ValidityPolicy.DEFAULT
                .describe(LocalDate.of(2023, 5, 10), LocalDate.of(2026, 5, 10))
                .startsWith("Assessment of 2023-05-10 EXPIRED after 2026-05-09"));
    }

    @Test
    void aFrameworkWithoutValidityUsesTheDefaultAndTheValidatorBoundsIt() {
        FrameworkDefinition seeded = Frameworks.seededDefinition();
        assertEquals(36, seeded.validity().validForMonths());
        FrameworkDefinition bad = new FrameworkDefinition(
                seeded.name(),
                seeded.competencies(),
                seeded.standard(),
                seeded.jpmPolicy(),
                seeded.potentialPolicy(),
                new ValidityPolicy(0));
        assertTrue(FrameworkValidator.validate(bad).stream()
                .anyMatch(v -> v.field().equals("validity.validForMonths")));
    }
}
