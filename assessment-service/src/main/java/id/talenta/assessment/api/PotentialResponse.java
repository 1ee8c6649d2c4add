package id.talenta.assessment.api;

import java.util.List;
import java.util.UUID;

public record PotentialResponse(UUID eventId, UUID participantId, UUID assessorId, List<Aspect> aspects) {

    public record Aspect(String aspect, int score) {}
}
