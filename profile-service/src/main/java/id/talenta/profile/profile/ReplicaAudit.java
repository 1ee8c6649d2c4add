package id.talenta.profile.profile;

import id.talenta.profile.store.ParticipantReplica;

/** What the audit trail keeps of a participant replica change (no name; the NIP is masked to its last 4 digits). */
public record ReplicaAudit(int revision, String jobLevel, String unitCode, String status, String nipEnding) {

    static ReplicaAudit of(ParticipantReplica r) {
        String nip = r.nip();
        return new ReplicaAudit(
                r.revision(),
                r.jobLevel().name(),
                r.unitCode(),
                r.status(),
                nip == null || nip.length() < 4 ? null : "…" + nip.substring(nip.length() - 4));
    }
}
