package id.talenta.participant.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** A participant's full current state (stored and derived fields); immutable, compared field by field. */
public record ParticipantState(
        UUID id,
        String nip,
        String fullName,
        String frontTitle,
        String backTitle,
        String employmentType,
        String rank,
        String positionTitle,
        String jobLevel,
        String unitCode,
        String email,
        String phone,
        String educationLevel,
        String educationMajor,
        LocalDate birthDate,
        String gender,
        String cpnsStartMonth,
        LocalDate retirementDate,
        String status,
        String deactivationReason,
        long version) {

    private record Field(String name, Function<ParticipantState, Object> value) {}

    /** Fields compared to decide whether anything really changed (id and version are bookkeeping). */
    private static final List<Field> COMPARED = List.of(
            new Field("nip", ParticipantState::nip),
            new Field("fullName", ParticipantState::fullName),
            new Field("frontTitle", ParticipantState::frontTitle),
            new Field("backTitle", ParticipantState::backTitle),
            new Field("employmentType", ParticipantState::employmentType),
            new Field("rank", ParticipantState::rank),
            new Field("positionTitle", ParticipantState::positionTitle),
            new Field("jobLevel", ParticipantState::jobLevel),
            new Field("unitCode", ParticipantState::unitCode),
            new Field("email", ParticipantState::email),
            new Field("phone", ParticipantState::phone),
            new Field("educationLevel", ParticipantState::educationLevel),
            new Field("educationMajor", ParticipantState::educationMajor),
            new Field("birthDate", ParticipantState::birthDate),
            new Field("gender", ParticipantState::gender),
            new Field("cpnsStartMonth", ParticipantState::cpnsStartMonth),
            new Field("retirementDate", ParticipantState::retirementDate),
            new Field("status", ParticipantState::status),
            new Field("deactivationReason", ParticipantState::deactivationReason));

    /** Names of the fields whose values differ between this state and {@code next}, in a stable order. */
    public List<String> changedFields(ParticipantState next) {
        List<String> changed = new ArrayList<>();
        for (Field f : COMPARED) {
            if (!Objects.equals(f.value().apply(this), f.value().apply(next))) {
                changed.add(f.name());
            }
        }
        return changed;
    }

    /** Every component by name, in declaration order (id, the compared fields, version). */
    public java.util.Map<String, Object> values() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", id);
        for (Field f : COMPARED) {
            m.put(f.name(), f.value().apply(this));
        }
        m.put("version", version);
        return m;
    }

    public ParticipantState withVersion(long newVersion) {
        return new ParticipantState(
                id,
                nip,
                fullName,
                frontTitle,
                backTitle,
                employmentType,
                rank,
                positionTitle,
                jobLevel,
                unitCode,
                email,
                phone,
                educationLevel,
                educationMajor,
                birthDate,
                gender,
                cpnsStartMonth,
                retirementDate,
                status,
                deactivationReason,
                newVersion);
    }

    public ParticipantState deactivated(String reason) {
        return new ParticipantState(
                id,
                nip,
                fullName,
                frontTitle,
                backTitle,
                employmentType,
                rank,
                positionTitle,
                jobLevel,
                unitCode,
                email,
                phone,
                educationLevel,
                educationMajor,
                birthDate,
                gender,
                cpnsStartMonth,
                retirementDate,
                ParticipantStatus.INACTIVE.name(),
                reason,
                version);
    }

    public ParticipantDraft draft() {
        return new ParticipantDraft(
                nip,
                fullName,
                frontTitle,
                backTitle,
                employmentType,
                rank,
                positionTitle,
                jobLevel,
                unitCode,
                email,
                phone,
                educationLevel,
                educationMajor);
    }
}
