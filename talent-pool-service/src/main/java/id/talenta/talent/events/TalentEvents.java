package id.talenta.talent.events;

import id.talenta.chassis.outbox.Outbox;
import id.talenta.talent.domain.Candidate;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import id.talenta.talent.config.TopicsConfig;

/** Publishes talenta.talent.v1 through the outbox (record key = participant id, so per-person order holds). */
@ApplicationScoped
public class TalentEvents {

    public static final String PLACEMENT_CHANGED = "talent.placement.changed";
    public static final String READINESS_CHANGED = "succession.readiness.changed";

    @Inject Outbox outbox;

    @Inject TopicsConfig topics;

    public void placementChanged(Placement p) {
        String key = p.participantId.toString();
        outbox.publish(topics.talent(), key, PLACEMENT_CHANGED, key, new PlacementChanged(p.participantId, p.revision,
                p.jobLevel, p.unitCode, p.box, p.computedBox, p.calibrated(), p.performanceLevel, p.performanceYear,
                p.potentialLevel, p.inTalentPool, p.active, p.recommendedActions, p.policyVersion, p.explanation,
                DateTimeFormatter.ISO_INSTANT.format(p.changedAt)));
    }

    public void readinessChanged(Candidate c, KeyPosition position, String from) {
        String key = c.participantId.toString();
        outbox.publish(topics.talent(), key, READINESS_CHANGED, key, new ReadinessChanged(c.participantId, c.keyPositionId,
                position.title, c.revision, from, c.readiness, c.computedReadiness, c.calibrated(), c.targetFit, c.box, c.source(), c.rule, c.explanation,
                c.policyVersion, DateTimeFormatter.ISO_INSTANT.format(c.changedAt)));
    }
}
