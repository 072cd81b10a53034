package app.tandem.text;

import java.util.Set;

/**
 * Decides whether a hyphen at the end of a wrapped line is a typesetter's break (to remove) or
 * belongs to a compound word (to keep), by asking the language's dictionary which reading gives
 * known words. Russian compound adjectives ("военно-политический", "советско-германский") have a
 * first part ending in -о/-е that is not a word on its own, so such parts count as known when the
 * adjective they come from is known.
 */
public final class WrapHyphenJoiner {
    /** Short parts that legitimately stand on one side of a Russian hyphen (по-прежнему, кто-то). */
    private static final Set<String> RU_HYPHEN_PARTICLES = Set.of(
            "то", "либо", "нибудь", "ка", "таки", "де", "по", "из", "во", "кое", "кой");
    private static final String[] ADJECTIVE_ENDINGS = {"ый", "ий", "ой", "кий"};

    private final Lang lang;
    private final WordLookup words;

    public WrapHyphenJoiner(Lang lang, WordLookup words) {
        this.lang = lang;
        this.words = words;
    }

    /** Result of joining the word fragments {@code left} (before the hyphen) and {@code right}. */
    public record Join(String word, String reason) {
    }

    public Join join(String left, String right) {
        return join(left, right, Set.of());
    }

    /**
     * @param documentWords the document's own words (lower case, line-end fragments left out):
     *                      how the author writes a word elsewhere outranks the dictionary, and a
     *                      name the dictionary lacks ("Кемаль-бей") is known from the document
     */
    public Join join(String left, String right, Set<String> documentWords) {
        String joined = left + right;
        String hyphenated = left + "-" + right;
        String joinedLower = joined.toLowerCase(java.util.Locale.ROOT);
        String hyphenatedLower = hyphenated.toLowerCase(java.util.Locale.ROOT);
        boolean hyphenatedSeen = documentWords.contains(hyphenatedLower);
        boolean joinedSeen = documentWords.contains(joinedLower);
        if (hyphenatedSeen && !joinedSeen) {
            return new Join(hyphenated, "written with the hyphen elsewhere in the document");
        }
        if (joinedSeen && !hyphenatedSeen) {
            return new Join(joined, "written as one word elsewhere in the document");
        }
        if (!right.isEmpty() && Character.isUpperCase(right.charAt(0)) && !allCapitals(left + right)) {
            // (a word in capitals, "РГА-СПИ" or a heading, is decided like any other)
            return new Join(hyphenated, "second part capitalised: a compound name");
        }
        boolean joinedKnown = compoundKnown(joined);
        boolean hyphenKnown = compoundKnown(hyphenated);
        if (joinedKnown && !hyphenKnown) {
            return new Join(joined, "joined form is a dictionary word");
        }
        if (hyphenKnown && !joinedKnown) {
            if (lang == Lang.RU && isNounWithLinkingVowel(left, firstPart(right))) {
                return new Join(joined, "a noun compound with a linking vowel is written solid");
            }
            return new Join(hyphenated, "parts are dictionary words, joined form is not");
        }
        if (joinedKnown) {
            // "post-war" is listed whole, so the author's hyphen stays; "for-gotten" is not: "forgotten"
            if (lang == Lang.EN && letters(left) >= 3 && letters(firstPart(right)) >= 3 && words.isKnown(hyphenated)) {
                return new Join(hyphenated, "the hyphenated compound is a dictionary word");
            }
            if (lang == Lang.RU && isCompoundAdjective(left, firstPart(right))) {
                return new Join(hyphenated, "compound adjective (short-form stem + adjective)");
            }
            return new Join(joined, "both readings known; line-break hyphenation is the common case");
        }
        String leftPart = left.substring(left.lastIndexOf('-') + 1).toLowerCase(java.util.Locale.ROOT);
        String rightPart = firstPart(right).toLowerCase(java.util.Locale.ROOT);
        if (leftPart.length() >= 3 && documentWords.contains(leftPart)
                && (documentWords.contains(rightPart) || rightPart.length() >= 3 && words.isKnown(rightPart))) {
            return new Join(hyphenated, "both parts are words of this document");
        }
        return new Join(joined, "neither reading known; assumed a line-break hyphen");
    }

    /** Stems of the compass points, whose compounds keep the hyphen (северо-запад, юго-восток). */
    private static final Set<String> HYPHENATED_STEMS = Set.of("северо", "юго", "южно", "западно", "восточно");

    /**
     * "одно-" / "партийцы": a stem ending in -о/-е before a noun makes one word (однопартийцы,
     * водопровод) even when the dictionary lacks it; two adjectives keep the hyphen.
     */
    private boolean isNounWithLinkingVowel(String left, String right) {
        String stem = left.substring(left.lastIndexOf('-') + 1).toLowerCase(java.util.Locale.ROOT);
        if (stem.length() < 3 || !(stem.endsWith("о") || stem.endsWith("е")) || HYPHENATED_STEMS.contains(stem)) {
            return false;
        }
        java.util.Set<String> stemTags = words.tags(stem);
        if (stemTags.stream().anyMatch(t -> t.startsWith("ADJ:Short"))) {
            return false;
        }
        java.util.Set<String> tags = words.tags(right);
        // two words in the same number and case are a pair side by side, not a stem and a noun:
        // "феврале-марте", "ученые-историки"
        java.util.Set<String> pair = inflections(stemTags);
        pair.retainAll(inflections(tags));
        return !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("NN")) && pair.isEmpty();
    }

    /** "PL:Nom", "Sin:P": the number and case of each reading of a noun or adjective. */
    private static java.util.Set<String> inflections(java.util.Set<String> tags) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String t : tags) {
            if (t.startsWith("NN") || t.startsWith("ADJ")) {
                out.add((t.contains(":PL:") ? "PL" : "Sin") + ":" + t.substring(t.lastIndexOf(':') + 1));
            }
        }
        return out;
    }

    /**
     * Endings of the stems of relative adjectives (торгово-, военно-, социально-, культурно-,
     * научно-), which join another adjective on equal terms and keep the hyphen. A qualitative
     * stem (тихо-, древне-, средне-, мало-) subordinates the second part and is written solid
     * where the dictionary lists the word: тихоокеанский, древнерусский, среднеазиатский (in the
     * UD dev text 61 such words are solid and 2 hyphenated).
     */
    private static final java.util.List<String> RELATIVE_STEM_ENDINGS = java.util.List.of("нно", "льно", "ово", "рно", "чно");

    /** "торгово-экономический": the dictionary also lists a fused spelling, but the hyphenated one is standard. */
    private boolean isCompoundAdjective(String left, String right) {
        String lower = left.toLowerCase(java.util.Locale.ROOT);
        boolean stem = RELATIVE_STEM_ENDINGS.stream().anyMatch(lower::endsWith)
                && words.tags(left).stream().anyMatch(t -> t.startsWith("ADJ:Short:Neut"));
        boolean adjective = right.length() >= 4 && words.tags(right).stream().anyMatch(t -> t.startsWith("ADJ"));
        // the fused word can be a noun ("военнопленных"): a compound of two adjectives has no noun reading
        boolean fusedNoun = words.tags(left + right).stream().anyMatch(t -> t.startsWith("NN"));
        return stem && adjective && !fusedNoun;
    }

    private static boolean allCapitals(String s) {
        return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String firstPart(String s) {
        int i = s.indexOf('-');
        return i < 0 ? s : s.substring(0, i);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private boolean compoundKnown(String compound) {
        if (words.isKnown(compound)) {
            // "из-за", "из-под": hyphenated words the dictionary lists whole
            return true;
        }
        String[] parts = compound.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                return false;
            }
            boolean last = i == parts.length - 1;
            if (!partKnown(part, last, parts.length > 1)) {
                return false;
            }
        }
        return true;
    }

    private boolean partKnown(String part, boolean last, boolean inCompound) {
        String lower = part.toLowerCase();
        if (inCompound && lang == Lang.RU && lower.length() <= 3 && !RU_HYPHEN_PARTICLES.contains(lower)) {
            return false;
        }
        if (inCompound && lang == Lang.EN && lower.length() <= 1) {
            return false;
        }
        if (words.isKnown(part)) {
            return true;
        }
        if (lang == Lang.RU && !last && (lower.endsWith("о") || lower.endsWith("е")) && lower.length() > 3) {
            String stem = lower.substring(0, lower.length() - 1);
            for (String ending : ADJECTIVE_ENDINGS) {
                if (words.isKnown(stem + ending)) {
                    return true;
                }
            }
        }
        return false;
    }
}
