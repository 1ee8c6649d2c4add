package id.talenta.participant.store;

import id.talenta.participant.domain.Participant;
import id.talenta.participant.domain.ParticipantHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of participants and their history beyond the entity operations (find by id, persist, lock). */
@ApplicationScoped
public class ParticipantStore {

    @Inject
    EntityManager em;

    public Optional<Participant> findByNip(String nip) {
        return em.createQuery("from Participant where nip = :nip", Participant.class)
                .setParameter("nip", nip)
                .getResultStream()
                .findFirst();
    }

    /** Every change of a participant, oldest first. */
    public List<ParticipantHistory> history(UUID participantId) {
        return em.createQuery(
                        "from ParticipantHistory where participantId = :id order by revision", ParticipantHistory.class)
                .setParameter("id", participantId)
                .getResultList();
    }
}
