package id.talenta.participant.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Validates a participant draft and derives everything that follows from it: birth date, gender and CPNS
 * start from the NIP; retirement date from the birth date and the job level's retirement age. Used by the
 * REST API, the file import and the national sync alike, so the three can never disagree.
 */
public final class ParticipantRules {

    static final int MAX_TEXT = 200;
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9 ()-]{6,20}");

    private ParticipantRules() {}

    /** Either the derived state or the list of everything wrong with the draft. */
    public record Outcome(ParticipantState state, List<FieldIssue> issues) {
        public boolean valid() {
            return issues.isEmpty();
        }
    }

    /**
     * Builds the state of a participant from a (normalized) draft. {@code previous} is null for a new
     * participant; otherwise its id, status, deactivation reason and version are kept.
     */
    public static Outcome derive(
            ParticipantDraft d, ParticipantState previous, UUID newId, ReferenceLookup ref, Clock clock) {
        List<FieldIssue> issues = new ArrayList<>();
        Nip nip = null;
        EmploymentType type = "PPPK".equals(d.employmentType()) ? EmploymentType.PPPK : EmploymentType.PNS;
        try {
            nip = Nip.parse(d.nip(), clock, type, ref.pppkAppointmentChecks());
        } catch (InvalidNipException e) {
            issues.add(new FieldIssue("nip", e.getMessage()));
        }
        required(issues, "fullName", d.fullName());
        required(issues, "positionTitle", d.positionTitle());
        required(issues, "unitCode", d.unitCode());
        length(issues, "fullName", d.fullName());
        length(issues, "frontTitle", d.frontTitle());
        length(issues, "backTitle", d.backTitle());
        length(issues, "positionTitle", d.positionTitle());
        length(issues, "educationLevel", d.educationLevel());
        length(issues, "educationMajor", d.educationMajor());
        if (d.email() != null && !EMAIL.matcher(d.email()).matches()) {
            issues.add(new FieldIssue("email", "is not an e-mail address"));
        }
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches()) {
            issues.add(new FieldIssue("phone", "is not a phone number"));
        }
        boolean typeOk = false;
        if (d.employmentType() == null) {
            issues.add(new FieldIssue("employmentType", "is required"));
        } else if (!d.employmentType().equals("PNS") && !d.employmentType().equals("PPPK")) {
            issues.add(new FieldIssue("employmentType", "must be PNS or PPPK, got " + d.employmentType()));
        } else {
            typeOk = true;
        }
        if (typeOk && d.rank() != null && !ref.isRankOf(d.rank(), d.employmentType())) {
            issues.add(new FieldIssue(
                    "rank",
                    "rank " + d.rank() + " does not exist for " + d.employmentType()
                            + (d.employmentType().equals("PNS") ? " (I/a..IV/e)" : " (I..XVII)")));
        }
        OptionalInt retirementAge = OptionalInt.empty();
        if (d.jobLevel() == null) {
            issues.add(new FieldIssue("jobLevel", "is required"));
        } else {
            retirementAge = ref.retirementAge(d.jobLevel());
            if (retirementAge.isEmpty()) {
                issues.add(new FieldIssue("jobLevel", "job level " + d.jobLevel() + " does not exist"));
            }
        }
        if (!issues.isEmpty()) {
            return new Outcome(null, List.copyOf(issues));
        }
        ParticipantState state = new ParticipantState(
                previous == null ? newId : previous.id(),
                nip.value(),
                d.fullName(),
                d.frontTitle(),
                d.backTitle(),
                d.employmentType(),
                d.rank(),
                d.positionTitle(),
                d.jobLevel(),
                d.unitCode(),
                d.email(),
                d.phone(),
                d.educationLevel(),
                d.educationMajor(),
                nip.birthDate(),
                nip.gender().name(),
                nip.cpnsStartMonth().toString(),
                RetirementRule.retirementDate(nip.birthDate(), retirementAge.getAsInt()),
                previous == null ? ParticipantStatus.ACTIVE.name() : previous.status(),
                previous == null ? null : previous.deactivationReason(),
                previous == null ? 1 : previous.version());
        return new Outcome(state, List.of());
    }

    private static void required(List<FieldIssue> issues, String field, String value) {
        if (value == null) {
            issues.add(new FieldIssue(field, "is required"));
        }
    }

    private static void length(List<FieldIssue> issues, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            issues.add(new FieldIssue(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }
}
