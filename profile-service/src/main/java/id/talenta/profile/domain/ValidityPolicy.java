package id.talenta.profile.domain;

import java.time.LocalDate;

/**
 * How long an assessment-centre result counts (docs/domain.md, "Validity of an assessment", practice): {@code
 * validForMonths} from the assessment date (default 36, three years). A profile whose result is past it keeps its
 * values and history but is marked expired; talent-pool-service then stops proposing the person automatically
 * (its readiness policy decides).
 */
public record ValidityPolicy(int validForMonths) {

    public static final ValidityPolicy DEFAULT = new ValidityPolicy(36);

    /** The last day the result assessed on {@code assessedOn} counts. */
    public LocalDate validUntil(LocalDate assessedOn) {
        return assessedOn.plusMonths(validForMonths).minusDays(1);
    }

    /** Whether a result valid until {@code validUntil} has expired on {@code today} (business date). */
    public static boolean expired(LocalDate validUntil, LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }

    /** The sentence for the explanation. */
    public String describe(LocalDate assessedOn, LocalDate today) {
        LocalDate until = validUntil(assessedOn);
        return expired(until, today)
                ? expiredSentence(assessedOn, until) + " (framework validity " + validForMonths + " months)"
                : "Assessment of " + assessedOn + " valid until " + until + " (framework validity " + validForMonths
                        + " months).";
    }

    /** The sentence of an expired result. */
    public static String expiredSentence(LocalDate assessedOn, LocalDate validUntil) {
        return "Assessment of " + assessedOn + " EXPIRED after " + validUntil + ": the profile keeps its values, "
                + "but the result no longer counts as current.";
    }
}
