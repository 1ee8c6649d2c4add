package id.talenta.talent.events;

import java.util.List;
import java.util.UUID;

/** Payload of talent.placement.changed (contracts/schemas/talent.placement.changed.schema.json). */
public record PlacementChangedPayload(
        UUID participantId,
        int revision,
        String jobLevel,
        String unitCode,
        int box,
        int computedBox,
        boolean calibrated,
        String performanceLevel,
        Integer performanceYear,
        String potentialLevel,
        boolean inTalentPool,
        boolean active,
        List<String> recommendedActions,
        int policyVersion,
        String explanation,
        String changedAt) {}
