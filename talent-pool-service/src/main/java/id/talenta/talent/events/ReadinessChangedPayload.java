package id.talenta.talent.events;

import java.math.BigDecimal;
import java.util.UUID;

/** Payload of succession.readiness.changed (contracts/schemas/succession.readiness.changed.schema.json). */
public record ReadinessChangedPayload(
        UUID participantId,
        UUID keyPositionId,
        String positionTitle,
        int revision,
        String from,
        String to,
        String computedReadiness,
        boolean calibrated,
        BigDecimal targetFit,
        Integer box,
        String source,
        String rule,
        String explanation,
        int policyVersion,
        String changedAt) {}
