package id.talenta.participant.store;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.participant.domain.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/** The unit list: all units or the children of one parent, paged and sorted. */
@ApplicationScoped
public class UnitStore {

    /** Sort fields of the list. */
    public static final Set<String> SORTABLE = Set.of("code", "name");

    @Inject
    EntityManager em;

    public Page<Unit> list(String parentCode, PageRequest request) {
        String where = parentCode == null ? "" : " where u.parentCode = :parent";
        var query = em.createQuery(
                "select u from Unit u" + where + " order by u." + request.sortField()
                        + (request.ascending() ? " asc" : " desc"),
                Unit.class);
        var count = em.createQuery("select count(u) from Unit u" + where, Long.class);
        if (parentCode != null) {
            query.setParameter("parent", parentCode);
            count.setParameter("parent", parentCode);
        }
        List<Unit> items = query.setFirstResult((int) request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(items, request, count.getSingleResult());
    }
}
