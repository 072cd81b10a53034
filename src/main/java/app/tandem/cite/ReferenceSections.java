package app.tandem.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reference lists and references in the text as segments: a references section is found by its
 * heading ("Литература", "Список литературы", "Источники и литература", …), its entries are one
 * segment each (split at their numbers, never at the abbreviations inside them), and a reference
 * the sentence splitter broke at its abbreviations ("Там же." "С. 45.") is joined again.
 */
public final class ReferenceSections {
    private static final Pattern HEADING = Pattern.compile(
            "(?iu)^\\s*(литература|список\\s+(использованной\\s+|цитируемой\\s+)?литературы|библиографический\\s+список|библиография"
                    + "|источники(\\s+и\\s+литература)?|список\\s+источников(\\s+и\\s+литературы)?|references|bibliography)\\s*[:.]?\\s*$");
    private static final Pattern NUMBER = Pattern.compile("(?:^|\\s)\\[?(\\d{1,3})[.\\]]\\s+(?=[А-ЯЁA-Z«\"])");
    private static final int FRAGMENT_WORDS = 4;

    private ReferenceSections() {
    }

    public static boolean isHeading(String text) {
        return HEADING.matcher(text).matches();
    }

    /**
     * A references section's paragraph as its entries: "1. … 2. …" split where the next number
     * in order opens an entry ("№ 2. С. 60" is no entry), otherwise the paragraph whole.
     */
    public static List<String> entries(String paragraph) {
        String text = paragraph.strip();
        java.util.regex.Matcher m = NUMBER.matcher(text);
        List<Integer> starts = new ArrayList<>();
        int expected = -1;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            int at = m.start() == 0 ? 0 : m.start() + 1;
            if (starts.isEmpty() ? at == 0 : n == expected) {
                starts.add(at);
                expected = n + 1;
            }
        }
        if (starts.size() < 2) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            out.add(text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()).strip());
        }
        return out;
    }

    /** Runs of short pieces that together are a reference ("Там же." + "С. 45.") become one sentence again. */
    public static List<String> joinFragments(List<String> sentences) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            int j = i;
            while (j < sentences.size() && words(sentences.get(j)) <= FRAGMENT_WORDS) {
                j++;
            }
            if (j - i >= 2 && CitationTranslator.isReference(String.join(" ", sentences.subList(i, j)))) {
                out.add(String.join(" ", sentences.subList(i, j)));
                i = j;
            } else {
                out.add(sentences.get(i));
                i++;
            }
        }
        return out;
    }

    private static int words(String s) {
        return s.strip().isEmpty() ? 0 : s.strip().split("\\s+").length;
    }
}
