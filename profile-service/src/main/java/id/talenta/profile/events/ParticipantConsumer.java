package id.talenta.profile.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.profile.profile.ProfileService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the participant replica and reconciles latest profiles with job-level and identity changes. */
@ApplicationScoped
public class ParticipantConsumer {

    static final String CONSUMER = "profile-service.participants";
    static final Set<String> TYPES = Set.of("participant.registered", "participant.updated", "participant.deactivated");

    @Inject Inbox inbox;
    @Inject ObjectMapper mapper;
    @Inject ProfileService profiles;

    @Incoming("participants")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if (!TYPES.contains(event.type()) || !inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        profiles.onParticipant(event.as(ParticipantSnapshot.class, mapper), event.id());
    }
}
