package id.talenta.profile.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One row of the profile list. */
public record ProfileSummary(
        UUID participantId,
        String nip,
        String fullName,
        String jobLevel,
        String unitCode,
        BigDecimal jpm,
        String mappingCategory,
        String selectionCategory,
        BigDecimal potentialScore,
        String potentialCategory,
        int frameworkVersion,
        int revision,
        Instant computedAt) {}
