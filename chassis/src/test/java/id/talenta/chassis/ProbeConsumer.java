package id.talenta.chassis;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer written the way services write theirs, so the chassis tests exercise the real path. */
@ApplicationScoped
public class ProbeConsumer {

    final Map<String, AtomicInteger> handledByKey = new ConcurrentHashMap<>();

    @Inject
    Inbox inbox;

    /** How many distinct events with this key were handled (a method: tests see a client proxy). */
    public int handled(String key) {
        AtomicInteger n = handledByKey.get(key);
        return n == null ? 0 : n.get();
    }

    @Inject
    ObjectMapper mapper;

    @Incoming("probe-in")
    @Blocking
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if (!inbox.firstDelivery("probe", event.id())) {
            return;
        }
        handledByKey.computeIfAbsent(event.key(), k -> new AtomicInteger()).incrementAndGet();
    }
}
