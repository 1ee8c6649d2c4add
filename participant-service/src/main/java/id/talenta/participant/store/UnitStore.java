package id.talenta.participant.store;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.participant.domain.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The unit list: all units or the children of one parent, paged and sorted. */
@ApplicationScoped
public class UnitStore {

    /** Sort fields of the list. */
    public static final Set<String> SORTABLE = Set.of("code", "name");

    @Inject
    EntityManager em;

    /** {@code within}: only these units (an access scope); null: every unit. */
    public Page<Unit> list(String parentCode, Set<String> within, PageRequest request) {
        if (within != null && within.isEmpty()) {
            return Page.of(List.of(), request, 0);
        }
        String where = " where 1 = 1" + (parentCode == null ? "" : " and u.parentCode = :parent")
                + (within == null ? "" : " and u.code in :within");
        var query = em.createQuery(
                "select u from Unit u" + where + " order by u." + request.sortField()
                        + (request.ascending() ? " asc" : " desc"),
                Unit.class);
        var count = em.createQuery("select count(u) from Unit u" + where, Long.class);
        if (parentCode != null) {
            query.setParameter("parent", parentCode);
            count.setParameter("parent", parentCode);
        }
        if (within != null) {
            query.setParameter("within", within);
            count.setParameter("within", within);
        }
        List<Unit> items = query.setFirstResult((int) request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(items, request, count.getSingleResult());
    }

    /** The agency whose tree the unit is in. */
    public Optional<String> agencyOf(String unitCode) {
        if (unitCode == null) {
            return Optional.empty();
        }
        return em.createQuery("select u.agencyCode from Unit u where u.code = :code", String.class)
                .setParameter("code", unitCode)
                .getResultStream()
                .findFirst();
    }

    /** The units among {@code codes} that exist. */
    public List<Unit> all(Set<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from Unit u where u.code in :codes", Unit.class)
                .setParameter("codes", codes)
                .getResultList();
    }
}
