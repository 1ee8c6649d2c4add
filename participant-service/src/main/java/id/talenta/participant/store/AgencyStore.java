package id.talenta.participant.store;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.participant.domain.Agency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/** The agency list, paged and sorted, and the check that a SIASN id is not taken. */
@ApplicationScoped
public class AgencyStore {

    /** Sort fields of the list. */
    public static final Set<String> SORTABLE = Set.of("code", "name");

    @Inject
    EntityManager em;

    /** {@code within}: only these agencies (an access scope); null: every agency. */
    public Page<Agency> list(Set<String> within, PageRequest request) {
        if (within != null && within.isEmpty()) {
            return Page.of(List.of(), request, 0);
        }
        String where = within == null ? "" : " where a.code in :within";
        var query = em.createQuery(
                "select a from Agency a" + where + " order by a." + request.sortField()
                        + (request.ascending() ? " asc" : " desc") + ", a.code",
                Agency.class);
        var count = em.createQuery("select count(a) from Agency a" + where, Long.class);
        if (within != null) {
            query.setParameter("within", within);
            count.setParameter("within", within);
        }
        List<Agency> items = query.setFirstResult((int) request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(items, request, count.getSingleResult());
    }

    public boolean siasnIdTaken(String siasnId) {
        return em.createQuery("select count(a) from Agency a where a.siasnId = :id", Long.class)
                        .setParameter("id", siasnId)
                        .getSingleResult()
                > 0;
    }
}
