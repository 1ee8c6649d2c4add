package id.talenta.participant.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.problem.CorrelationIdFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * The subject access export (UU 27/2022) beyond this service's own section: the other services' sections, gathered
 * with the caller's token and correlation id, and the audit row of the disclosure.
 */
@ApplicationScoped
public class SubjectAccessExport {

    /** The entity type of its audit rows. */
    public static final String AUDIT_TYPE = "subject-access";

    /** The other services' sections by service name; complete when none of them is UNAVAILABLE. */
    public record OtherSections(Map<String, JsonNode> sections, boolean complete) {}

    @Inject
    SubjectAccessGateway gateway;

    @Inject
    AuditTrail audit;

    public OtherSections otherSections(UUID participantId, String authorization) {
        Object correlation = MDC.get(CorrelationIdFilter.MDC_KEY);
        Map<String, JsonNode> sections = gateway.gather(
                participantId.toString(), authorization, correlation == null ? null : correlation.toString());
        boolean complete = sections.values().stream()
                .noneMatch(s -> "UNAVAILABLE".equals(s.path("status").asText()));
        return new OtherSections(sections, complete);
    }

    /** An export is a personal-data disclosure: who exported whose data, and whether it was complete. */
    @Transactional
    public void recordExport(UUID participantId, boolean complete) {
        audit.record(
                AuditAction.EXPORT,
                AUDIT_TYPE,
                participantId,
                null,
                null,
                complete ? "complete" : "incomplete: a section was unavailable");
    }
}
