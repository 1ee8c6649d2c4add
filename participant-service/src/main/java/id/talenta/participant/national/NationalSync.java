package id.talenta.participant.national;

import id.talenta.participant.domain.ImportJob;
import id.talenta.participant.imports.ImportJobs;
import id.talenta.participant.imports.RowReader;
import id.talenta.participant.imports.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Pulls records from the national ASN service and upserts them through the import pipeline (same mapping,
 * rules, change detection and events as a SIASN CSV export). Row n of the job is the n-th NIP of the request.
 */
@ApplicationScoped
public class NationalSync {

    @Inject
    NationalAsnGateway gateway;

    @Inject
    ImportJobs jobs;

    public ImportJob start(List<String> nips, String actor) {
        ImportJob job = jobs.create("NATIONAL_SYNC", "UPSERT", false, "application/json", nips.size(), actor);
        List<String> copy = List.copyOf(nips);
        jobs.submit(job, () -> new RowReader() {
            private int i;

            @Override
            public SourceRow next() {
                if (i >= copy.size()) {
                    return null;
                }
                String nip = copy.get(i).strip();
                i++;
                return fetch(i, nip);
            }

            @Override
            public void close() {}
        });
        return job;
    }

    private SourceRow fetch(long row, String nip) {
        Map<String, String> key = Map.of("nip", nip);
        if (!nip.matches("[0-9]{18}")) {
            return SourceRow.unreadable(row, key, "nip", "NIP must be exactly 18 digits, got \"" + nip + "\"");
        }
        try {
            Optional<Map<String, String>> record = gateway.fetch(nip);
            if (record.isEmpty()) {
                return SourceRow.unreadable(
                        row, key, "nip", "NIP " + nip + " is not known to the national ASN service");
            }
            Map<String, String> fields = record.get();
            if (!nip.equals(fields.get("nipBaru"))) {
                return SourceRow.unreadable(
                        row,
                        key,
                        "nipBaru",
                        "the national ASN service answered for another NIP (" + fields.get("nipBaru") + ")");
            }
            return SourceRow.of(row, fields);
        } catch (CircuitBreakerOpenException e) {
            return SourceRow.unreadable(
                    row, key, "nip", "the national ASN service is unavailable (circuit open); try again later");
        } catch (TimeoutException e) {
            return SourceRow.unreadable(row, key, "nip", "the national ASN service did not answer in time");
        } catch (RuntimeException e) {
            return SourceRow.unreadable(row, key, "nip", "the national ASN service failed: " + e.getMessage());
        }
    }
}
