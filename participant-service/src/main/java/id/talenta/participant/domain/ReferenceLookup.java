package id.talenta.participant.domain;

import java.util.OptionalInt;

/** What the participant rules need to know from the reference data (job levels, ranks, units). */
public interface ReferenceLookup {

    /** Retirement age of a job level, empty when the code is not a job level. */
    OptionalInt retirementAge(String jobLevel);

    /** Whether the rank code exists for the employment type (PNS golongan, PPPK grade). */
    boolean isRankOf(String rank, String employmentType);

    /**
     * Whether PPPK numbers get the appointment-month checks of a NIP (after the 18th birthday, not in the future);
     * the default, since docs/domain.md applies the PNS checks to PPPK numbers until their layout is confirmed.
     */
    default boolean pppkAppointmentChecks() {
        return true;
    }
}
