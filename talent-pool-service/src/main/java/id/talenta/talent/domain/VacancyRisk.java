package id.talenta.talent.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Vacancy risk of a key position from the incumbent's retirement date (thresholds are policy data). */
public enum VacancyRisk {
    HIGH,
    MEDIUM,
    LOW,
    NONE,
    UNKNOWN;

    /** NONE when vacant (no incumbent to lose), UNKNOWN when the incumbent's retirement date is not known. */
    public static VacancyRisk of(
            UUID incumbent,
            LocalDate retirementDate,
            LocalDate today,
            ReadinessPolicy.VacancyRiskThresholds thresholds) {
        if (incumbent == null) {
            return NONE;
        }
        if (retirementDate == null) {
            return UNKNOWN;
        }
        if (!retirementDate.isAfter(today.plusMonths(thresholds.highWithinMonths()))) {
            return HIGH;
        }
        if (!retirementDate.isAfter(today.plusMonths(thresholds.mediumWithinMonths()))) {
            return MEDIUM;
        }
        return LOW;
    }
}
