package id.talenta.participant.registry;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.participant.domain.Agency;
import id.talenta.participant.store.AgencyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Registers and reads agencies, the roots of unit trees. */
@ApplicationScoped
public class AgencyService {

    /** The entity type of its audit rows. */
    public static final String AUDIT_TYPE = Agency.AUDIT_TYPE;

    /** An agency as the API shows it. */
    public record AgencyView(String code, String name, String siasnId, long version, Instant createdAt) {}

    @Inject
    EntityManager em;

    @Inject
    AgencyStore store;

    @Inject
    AuditTrail audit;

    @Transactional
    public AgencyView create(String code, String name, String siasnId) {
        if (em.find(Agency.class, code) != null) {
            throw ProblemException.conflict("Agency " + code + " already exists");
        }
        String siasn = siasnId == null || siasnId.isBlank() ? null : siasnId.strip();
        if (siasn != null && store.siasnIdTaken(siasn)) {
            throw ProblemException.conflict("another agency has SIASN id " + siasn);
        }
        Agency a = new Agency();
        a.code = code;
        a.name = name.strip();
        a.siasnId = siasn;
        a.version = 1;
        em.persist(a);
        em.flush();
        em.refresh(a);
        AgencyView view = view(a);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, a.code, null, view, null);
        return view;
    }

    public Optional<AgencyView> find(String code) {
        return Optional.ofNullable(em.find(Agency.class, code)).map(AgencyService::view);
    }

    /** {@code within}: only these agencies (the caller's access scope); null: every agency. */
    public Page<AgencyView> list(java.util.Set<String> within, PageRequest request) {
        return store.list(within, request).map(AgencyService::view);
    }

    private static AgencyView view(Agency a) {
        return new AgencyView(a.code, a.name, a.siasnId, a.version, a.createdAt);
    }
}
