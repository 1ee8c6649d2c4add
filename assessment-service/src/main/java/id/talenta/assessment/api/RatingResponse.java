package id.talenta.assessment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The assessor's current ratings of the participant in that method. */
public record RatingResponse(UUID eventId, UUID participantId, String method, UUID assessorId, List<Rating> ratings) {

    public record Rating(String competency, BigDecimal level, String evidence, Instant ratedAt) {}
}
