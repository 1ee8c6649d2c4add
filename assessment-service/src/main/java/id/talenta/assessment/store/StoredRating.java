package id.talenta.assessment.store;

import id.talenta.assessment.domain.MatrixCell;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One stored rating: cell, assessor, level, evidence, time. */
public record StoredRating(MatrixCell cell, UUID assessorId, BigDecimal level, String evidence, Instant ratedAt) {}
