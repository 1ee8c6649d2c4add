package id.talenta.talent.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** The fields of profile.computed (talenta.profiles.v1) this service keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfilePayload(UUID profileId, UUID participantId, Integer revision, String nip, String fullName,
        String jobLevel, String unitCode, String frameworkVersion, BigDecimal jpm, Potential potential,
        Map<String, BigDecimal> fitByJobLevel) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Potential(BigDecimal score, String category) {}
}
