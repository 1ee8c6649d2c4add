package id.talenta.talent.events;

import id.talenta.chassis.config.TopicsConfig;
import id.talenta.chassis.outbox.Outbox;
import id.talenta.talent.domain.Candidate;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;

/**
 * Publishes talenta.talent.v1 through the outbox (record key = participant id, so per-person order holds; ce_subject
 * names the aggregate as the API does).
 */
@ApplicationScoped
public class TalentEvents {

    public static final String PLACEMENT_CHANGED = "talent.placement.changed";
    public static final String READINESS_CHANGED = "succession.readiness.changed";

    @Inject
    Outbox outbox;

    @Inject
    TopicsConfig topics;

    public void placementChanged(Placement p) {
        outbox.publish(
                topics.talent(),
                p.participantId.toString(),
                PLACEMENT_CHANGED,
                "placements/" + p.participantId,
                new PlacementChangedPayload(
                        p.participantId,
                        p.revision,
                        p.jobLevel,
                        p.unitCode,
                        p.box,
                        p.computedBox,
                        p.calibrated(),
                        p.performanceLevel,
                        p.performanceYear,
                        p.potentialLevel,
                        p.inTalentPool,
                        p.active,
                        p.recommendedActions,
                        p.policyVersion,
                        p.explanation,
                        DateTimeFormatter.ISO_INSTANT.format(p.changedAt)));
    }

    public void readinessChanged(Candidate c, KeyPosition position, String from) {
        outbox.publish(
                topics.talent(),
                c.participantId.toString(),
                READINESS_CHANGED,
                "key-positions/" + c.keyPositionId + "/candidates/" + c.participantId,
                new ReadinessChangedPayload(
                        c.participantId,
                        c.keyPositionId,
                        position.title,
                        c.revision,
                        from,
                        c.readiness,
                        c.computedReadiness,
                        c.calibrated(),
                        c.targetFit,
                        c.box,
                        c.source(),
                        c.rule,
                        c.explanation,
                        c.policyVersion,
                        DateTimeFormatter.ISO_INSTANT.format(c.changedAt)));
    }
}
