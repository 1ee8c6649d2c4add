package id.talenta.participant.registry;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.participant.domain.Unit;
import id.talenta.participant.store.UnitStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates and reads organisation units (OPD / unor) and their hierarchy. */
@ApplicationScoped
public class UnitService {

    /** The entity type of its audit rows. */
    public static final String AUDIT_TYPE = "unit";

    /** A unit with its ancestors, nearest first. */
    public record UnitView(
            String code, String name, String parentCode, List<String> ancestors, long version, Instant createdAt) {}

    @Inject
    EntityManager em;

    @Inject
    UnitStore store;

    @Inject
    AuditTrail audit;

    @Transactional
    public UnitView create(String code, String name, String parentCode) {
        if (em.find(Unit.class, code) != null) {
            throw ProblemException.conflict("Unit " + code + " already exists");
        }
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        if (parent != null && em.find(Unit.class, parent) == null) {
            throw ProblemException.unprocessable("parentCode", "unit " + parent + " does not exist");
        }
        Unit u = new Unit();
        u.code = code;
        u.name = name.strip();
        u.parentCode = parent;
        u.version = 1;
        em.persist(u);
        em.flush();
        em.refresh(u);
        UnitView view = view(u);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, u.code, null, view, null);
        return view;
    }

    public Optional<UnitView> find(String code) {
        return Optional.ofNullable(em.find(Unit.class, code)).map(this::view);
    }

    public Page<UnitView> list(String parentCode, PageRequest request) {
        return store.list(parentCode, request).map(this::view);
    }

    private UnitView view(Unit u) {
        List<String> ancestors = new ArrayList<>();
        String parent = u.parentCode;
        while (parent != null && ancestors.size() < 50 && !ancestors.contains(parent)) {
            ancestors.add(parent);
            Unit p = em.find(Unit.class, parent);
            parent = p == null ? null : p.parentCode;
        }
        return new UnitView(u.code, u.name, u.parentCode, ancestors, u.version, u.createdAt);
    }
}
