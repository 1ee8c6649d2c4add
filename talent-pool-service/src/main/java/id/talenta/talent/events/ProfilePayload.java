package id.talenta.talent.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** The fields of profile.computed (talenta.profiles.v1) this service keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfilePayload(
        UUID profileId,
        UUID participantId,
        Integer revision,
        String nip,
        String fullName,
        String jobLevel,
        String unitCode,
        String frameworkVersion,
        BigDecimal jpm,
        Potential potential,
        Map<String, BigDecimal> fitByJobLevel,
        Explanation explanation,
        Source source,
        java.time.LocalDate validUntil,
        Boolean expired) {

    /** The assessment result the profile comes from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(UUID resultId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Potential(BigDecimal score, String category) {}

    /** The part of the profile's explanation kept here: the potential thresholds it used. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Explanation(PotentialPolicy potentialPolicy) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PotentialPolicy(Thresholds thresholds) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Thresholds(BigDecimal tinggi, BigDecimal menengah) {}

    /** The potential thresholds of the profile, or null when the event does not carry them. */
    public Thresholds potentialThresholds() {
        return explanation == null || explanation.potentialPolicy() == null
                ? null
                : explanation.potentialPolicy().thresholds();
    }
}
