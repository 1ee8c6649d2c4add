package id.talenta.chassis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BusinessClockTest {

    @Inject
    Clock clock;

    @Test
    void theClockOfEveryServiceIsInTheBusinessTimeZoneAsiaJakartaByDefault() {
        assertEquals(ZoneId.of("Asia/Jakarta"), clock.getZone());
    }

    @Test
    void otherIndonesianZonesAreAcceptedAndAnythingElseIsAClearError() {
        assertEquals(ZoneId.of("Asia/Makassar"), BusinessClock.zone(" Asia/Makassar "));
        assertEquals(ZoneId.of("Asia/Jayapura"), BusinessClock.zone("Asia/Jayapura"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BusinessClock.zone("WIB"));
        assertTrue(e.getMessage().contains("talenta.chassis.business-time-zone"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BusinessClock.zone(null));
    }
}
