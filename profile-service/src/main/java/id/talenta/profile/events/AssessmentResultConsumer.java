package id.talenta.profile.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.profile.profile.ProfileService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Turns every finalized assessment result (and its revisions) into a profile. */
@ApplicationScoped
public class AssessmentResultConsumer {

    static final String CONSUMER = "profile-service.assessment-results";
    static final String RESULT_FINALIZED = "assessment.result.finalized";

    @Inject Inbox inbox;
    @Inject ObjectMapper mapper;
    @Inject ProfileService profiles;

    @Incoming("assessment-results")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if (!RESULT_FINALIZED.equals(event.type()) || !inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        profiles.onResult(event.as(ResultFinalized.class, mapper), event.id());
    }
}
