package id.talenta.participant.domain;

import java.util.OptionalInt;

/** What the participant rules need to know from the reference data (job levels, ranks, units). */
public interface ReferenceLookup {

    /** Retirement age of a job level, empty when the code is not a job level. */
    OptionalInt retirementAge(String jobLevel);

    /** Whether the rank code exists for the employment type (PNS golongan, PPPK grade). */
    boolean isRankOf(String rank, String employmentType);
}
