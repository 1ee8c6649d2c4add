package id.talenta.participant.registry;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.participant.domain.Agency;
import id.talenta.participant.domain.Unit;
import id.talenta.participant.events.UnitEvents;
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
    public static final String AUDIT_TYPE = Unit.AUDIT_TYPE;

    /** A unit with its ancestors, nearest first. */
    public record UnitView(
            String code,
            String name,
            String parentCode,
            String agencyCode,
            List<String> ancestors,
            long version,
            Instant createdAt) {}

    @Inject
    EntityManager em;

    @Inject
    UnitStore store;

    @Inject
    AuditTrail audit;

    @Inject
    UnitEvents unitEvents;

    @Transactional
    public UnitView create(String code, String name, String parentCode, String agencyCode) {
        if (em.find(Unit.class, code) != null) {
            throw ProblemException.conflict("Unit " + code + " already exists");
        }
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
        Unit parentUnit = parent == null ? null : em.find(Unit.class, parent);
        if (parent != null && parentUnit == null) {
            throw ProblemException.unprocessable("parentCode", "unit " + parent + " does not exist");
        }
        if (parentUnit == null && agency == null) {
            throw ProblemException.unprocessable(
                    "agencyCode", "a root unit (no parentCode) needs the code of the agency whose tree it starts");
        }
        if (parentUnit != null && agency != null && !agency.equals(parentUnit.agencyCode)) {
            throw ProblemException.unprocessable(
                    "agencyCode",
                    "unit " + parent + " belongs to agency " + parentUnit.agencyCode
                            + "; a unit is in its parent's agency (leave agencyCode out to inherit it)");
        }
        if (parentUnit == null && em.find(Agency.class, agency) == null) {
            throw ProblemException.unprocessable("agencyCode", "agency " + agency + " does not exist");
        }
        Unit u = new Unit();
        u.code = code;
        u.name = name.strip();
        u.parentCode = parent;
        u.agencyCode = parentUnit == null ? agency : parentUnit.agencyCode;
        u.version = 1;
        em.persist(u);
        em.flush();
        em.refresh(u);
        unitEvents.publishPending();
        UnitView view = view(u);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, u.code, null, view, null);
        return view;
    }

    public Optional<UnitView> find(String code) {
        return Optional.ofNullable(em.find(Unit.class, code)).map(this::view);
    }

    /** {@code within}: only these units (the caller's access scope); null: every unit. */
    public Page<UnitView> list(String parentCode, java.util.Set<String> within, PageRequest request) {
        return store.list(parentCode, within, request).map(this::view);
    }

    private UnitView view(Unit u) {
        List<String> ancestors = new ArrayList<>();
        String parent = u.parentCode;
        while (parent != null && ancestors.size() < 50 && !ancestors.contains(parent)) {
            ancestors.add(parent);
            Unit p = em.find(Unit.class, parent);
            parent = p == null ? null : p.parentCode;
        }
        return new UnitView(u.code, u.name, u.parentCode, u.agencyCode, ancestors, u.version, u.createdAt);
    }
}
