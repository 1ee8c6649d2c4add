package id.talenta.assessment.domain;

import java.util.Optional;

/**
 * The event state machine: PLANNED → IN_PROGRESS → COMPLETED, and CANCELLED from PLANNED or IN_PROGRESS.
 * Anything else is an illegal transition.
 */
public final class EventLifecycle {

    /** What a caller asks an event to do. */
    public enum Action {
        START,
        COMPLETE,
        CANCEL
    }

    private EventLifecycle() {}

    /** The state after {@code action}, or empty when the action is not allowed from {@code from}. */
    public static Optional<EventStatus> next(EventStatus from, Action action) {
        return Optional.ofNullable(
                switch (action) {
                    case START -> from == EventStatus.PLANNED ? EventStatus.IN_PROGRESS : null;
                    case COMPLETE -> from == EventStatus.IN_PROGRESS ? EventStatus.COMPLETED : null;
                    case CANCEL ->
                        from == EventStatus.PLANNED || from == EventStatus.IN_PROGRESS ? EventStatus.CANCELLED : null;
                });
    }
}
