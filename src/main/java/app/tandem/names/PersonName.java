package app.tandem.names;

/**
 * A person named in a source: where ({@code start}, {@code end}), as written ("Г.Чичерину"), the
 * initials ("Г.") and the surname in the nominative ("Чичерин"), which is what tells one person
 * from another whatever the case.
 */
public record PersonName(int start, int end, String asWritten, String initials, String surname) {
    /** "Г.В. Чичерин": the person as a names list keeps them. */
    public String nominative() {
        return initials.isEmpty() ? surname : initials + " " + surname;
    }

    /** Initials without spaces and the surname: "г.в.|чичерин", the same for every spelling of one person. */
    public String key() {
        return initials.replace(" ", "").toLowerCase(java.util.Locale.ROOT) + "|" + surname.toLowerCase(java.util.Locale.ROOT);
    }
}
