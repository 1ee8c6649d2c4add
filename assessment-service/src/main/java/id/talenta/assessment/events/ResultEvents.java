package id.talenta.assessment.events;

import id.talenta.chassis.config.TopicsConfig;
import id.talenta.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What this service publishes, through the outbox in the caller's transaction: {@code assessment.result.finalized}
 * on {@code talenta.assessment-results.v1} for a first finalization and for every revision. The key is the
 * participant id (one participant's results stay in order); {@code ce_subject} is
 * {@code assessment-results/{resultId}}.
 */
@ApplicationScoped
public class ResultEvents {

    public static final String RESULT_FINALIZED = "assessment.result.finalized";

    @Inject
    Outbox outbox;

    @Inject
    TopicsConfig topics;

    public void finalized(ResultFinalizedPayload payload) {
        outbox.publish(
                topics.assessmentResults(),
                payload.participantId().toString(),
                RESULT_FINALIZED,
                "assessment-results/" + payload.resultId(),
                payload);
    }
}
