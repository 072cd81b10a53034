package app.tandem.segment;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringList;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * OpenNLP's detector refuses a break when an abbreviation of its dictionary occurs anywhere
 * around the candidate as a substring, so "в." vetoes every sentence ending in "...ов." and the
 * search rescans the text for each abbreviation. Here a break is refused only when the whole
 * token before it is an abbreviation.
 */
final class TokenAwareSentenceDetector extends SentenceDetectorME {
    private final Set<String> abbreviations = new HashSet<>();

    TokenAwareSentenceDetector(SentenceModel model) {
        super(model);
        Dictionary dict = model.getAbbreviations();
        if (dict != null) {
            for (StringList entry : dict) {
                abbreviations.add(entry.getToken(0).toLowerCase(Locale.ROOT));
            }
        }
    }

    @Override
    protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
        if (abbreviations.isEmpty()) {
            return true;
        }
        int start = candidateIndex;
        while (start > fromIndex && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        while (start < candidateIndex && "«\"„“(['".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        String token = s.subSequence(start, Math.min(s.length(), candidateIndex + 1)).toString().toLowerCase(Locale.ROOT);
        return !abbreviations.contains(token);
    }
}
