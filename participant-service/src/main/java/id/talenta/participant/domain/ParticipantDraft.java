package id.talenta.participant.domain;

/**
 * The fields a person (or an import row) supplies about a participant, before validation. Everything else
 * (birth date, gender, CPNS start, retirement date) is derived from the NIP and the job level.
 */
public record ParticipantDraft(
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
        String educationMajor) {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s{2,}|[\\t\\n\\r\\f]");

    /** Trims, collapses inner whitespace of names, turns blanks into null and lower-cases the e-mail. */
    public ParticipantDraft normalized() {
        return new ParticipantDraft(
                clean(nip),
                collapse(fullName),
                clean(frontTitle),
                clean(backTitle),
                upper(employmentType),
                clean(rank),
                collapse(positionTitle),
                upper(jobLevel),
                clean(unitCode),
                email == null ? null : lower(clean(email)),
                clean(phone),
                clean(educationLevel),
                clean(educationMajor));
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static String collapse(String s) {
        String t = clean(s);
        return t == null ? null : WHITESPACE.matcher(t).replaceAll(" ");
    }

    private static String upper(String s) {
        String t = clean(s);
        return t == null ? null : t.toUpperCase(java.util.Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }
}
