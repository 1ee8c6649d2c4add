package id.talenta.participant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the participant rules. */
@ConfigMapping(prefix = "talenta.participants")
public interface ParticipantsConfig {

    /**
     * Whether PPPK numbers get the NIP's appointment-month checks (not before the 18th birthday, not in the future).
     * docs/domain.md applies the PNS checks to PPPK numbers by default, their exact layout being unconfirmed.
     */
    @WithDefault("true")
    boolean pppkAppointmentChecks();
}
