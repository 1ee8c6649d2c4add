package id.talenta.chassis.time;

import id.talenta.chassis.config.ChassisConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The one clock of every service, in the business time zone (docs/domain.md: "today", month boundaries and retirement
 * windows are dates in the agency's zone, never the server's): {@code talenta.chassis.business-time-zone}, default
 * {@code Asia/Jakarta} (WIB). {@code LocalDate.now(clock)} is then the business date whatever zone the JVM runs in.
 */
@ApplicationScoped
public class BusinessClock {

    @Produces
    @ApplicationScoped
    Clock clock(ChassisConfig config) {
        return Clock.system(zone(config.businessTimeZone()));
    }

    /** The zone of {@code id}; a clear startup error (not a silent fallback to UTC) when it is not a zone. */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "talenta.chassis.business-time-zone must be a time zone id such as "
                            + "Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT); got \"" + id + "\"",
                    e);
        }
    }
}
