package id.talenta.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.assessment.domain.EventLifecycle.Action;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventLifecycleTest {

    @ParameterizedTest(name = "{1} from {0} → {2}")
    @CsvSource({
        "PLANNED,START,IN_PROGRESS", "PLANNED,COMPLETE,", "PLANNED,CANCEL,CANCELLED",
        "IN_PROGRESS,START,", "IN_PROGRESS,COMPLETE,COMPLETED", "IN_PROGRESS,CANCEL,CANCELLED",
        "COMPLETED,START,", "COMPLETED,COMPLETE,", "COMPLETED,CANCEL,",
        "CANCELLED,START,", "CANCELLED,COMPLETE,", "CANCELLED,CANCEL,"
    })
    void shouldAllowOnlyTheDocumentedTransitions(EventStatus from, Action action, EventStatus expected) {
        assertEquals(Optional.ofNullable(expected), EventLifecycle.next(from, action));
    }

    @ParameterizedTest
    @CsvSource({
        "PLANNED,false,false,true",
        "IN_PROGRESS,true,true,true",
        "COMPLETED,false,true,false",
        "CANCELLED,false,false,false"
    })
    void shouldOpenRatingsResultsAndEnrollmentByStatus(
            EventStatus status, boolean ratings, boolean results, boolean enrollment) {
        assertEquals(ratings, status.acceptsRatings());
        assertEquals(results, status.acceptsResults());
        assertEquals(enrollment, status.acceptsEnrollment());
    }
}
