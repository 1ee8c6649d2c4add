package id.talenta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid, fresh NIPs for each run. A NIP is birth date (yyyyMMdd), appointment month (yyyyMM), gender digit and a
 * three-digit sequence; the participant service checks all of it. Every run takes its own appointment month (a
 * run counter kept in bench/.state), so a run never re-imports an earlier run's people: a re-import would be
 * "unchanged" (measuring the wrong thing) and a pipeline participant who already had a placement would produce
 * readiness events before the timer starts. Pipeline people are born in 1986 and imported ones from 1970, so the
 * two never meet; both stay far from retirement.
 */
final class Nips {

    static final int SALTS = 240; // appointment months base+20y .. base+40y

    private final LocalDate base;
    private final YearMonth appointment;
    private int next;

    private Nips(LocalDate base, YearMonth appointment) {
        this.base = base;
        this.appointment = appointment;
    }

    /** The pipeline and latency cohorts of run {@code run} (up to 30,000 people). */
    static Nips pipeline(int run) {
        LocalDate base = LocalDate.of(1986, 1, 1).plusDays(16L * (run / SALTS));
        return new Nips(base, YearMonth.from(base.plusYears(20)).plusMonths(run % SALTS));
    }

    /** The import file of run {@code run} (up to 1,000,000 rows: 501 birth dates × 1,998). */
    static Nips imports(int run) {
        LocalDate base = LocalDate.of(1970, 1, 1).plusDays(510L * (run / SALTS));
        return new Nips(base, YearMonth.from(base.plusYears(20)).plusMonths(run % SALTS));
    }

    /** The next NIP and its birth date. */
    Nip next() {
        int i = next++;
        int seq = i % 999 + 1;
        int gender = (i / 999) % 2 + 1;
        LocalDate birth = base.plusDays(i / 1998);
        String nip = String.format(
                "%04d%02d%02d%04d%02d%d%03d",
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                appointment.getYear(),
                appointment.getMonthValue(),
                gender,
                seq);
        return new Nip(nip, birth);
    }

    record Nip(String value, LocalDate birthDate) {}

    /** Increments and returns the run counter in {@code bench/.state/run-counter} (random start on first use). */
    static int nextRun(Path home) {
        Path file = home.resolve("bench/.state/run-counter");
        try {
            int run;
            if (Files.exists(file)) {
                run = (Integer.parseInt(Files.readString(file).strip()) + 1) % (SALTS * 10);
            } else {
                run = ThreadLocalRandom.current().nextInt(SALTS * 10);
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, Integer.toString(run));
            return run;
        } catch (IOException | NumberFormatException e) {
            return ThreadLocalRandom.current().nextInt(SALTS * 10);
        }
    }
}
