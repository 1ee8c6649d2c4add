package id.talenta.assessment.store;

import id.talenta.assessment.domain.FinalLevels.Decision;
import id.talenta.assessment.domain.Potential;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One revision of a result: the first finalization is revision 1, every correction the next. */
public record StoredRevision(
        int revision,
        String reason,
        UUID finalizedBy,
        Instant finalizedAt,
        String policy,
        List<Decision> decisions,
        Potential potential) {}
