package id.talenta.assessment.campaign;

import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.store.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event definitions (methods, technical competencies, matrix, groups). A definition never changes after creation,
 * so it is cached per instance; the hot paths (rating, finalizing) then read only the event's status.
 */
@ApplicationScoped
public class EventDefinitions {

    private static final int CACHE_LIMIT = 10_000;

    private final Map<UUID, EventDefinition> cache = new ConcurrentHashMap<>();

    @Inject
    EventStore events;

    public Optional<EventDefinition> find(UUID eventId) {
        EventDefinition cached = cache.get(eventId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<EventDefinition> loaded = events.definition(eventId);
        loaded.ifPresent(d -> {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(eventId, d);
        });
        return loaded;
    }
}
