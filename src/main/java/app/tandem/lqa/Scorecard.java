package app.tandem.lqa;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document's quality score: penalty points of the errors reviewers marked, against the words a
 * reviewer evaluated (MQM's evaluation word count: the segments approved, rejected or marked with
 * an error), score = 100 × (1 − penalty / evaluatedWords), passed when it reaches the project's
 * threshold. With nothing evaluated there is no score ({@code score} null, not passed): seven
 * reviewed segments of 177 say nothing of the other 170. {@code words} stays the document's words.
 */
public record Scorecard(int words, int evaluatedWords, int penalty, Double score, double threshold, boolean passed,
                        Map<MqmCategory, Integer> byCategory, Map<Severity, Integer> bySeverity) {

    /** One marked error, as the scorecard needs it. */
    public record Mark(MqmCategory category, Severity severity) {
    }

    /** Every word evaluated (a whole-document review). */
    public static Scorecard of(int words, Collection<Mark> marks, double threshold) {
        return of(words, words, marks, threshold);
    }

    public static Scorecard of(int words, int evaluatedWords, Collection<Mark> marks, double threshold) {
        Map<MqmCategory, Integer> byCategory = new EnumMap<>(MqmCategory.class);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (MqmCategory c : MqmCategory.values()) {
            byCategory.put(c, 0);
        }
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        int penalty = 0;
        for (Mark m : marks) {
            penalty += m.severity().penalty();
            byCategory.merge(m.category(), 1, Integer::sum);
            bySeverity.merge(m.severity(), 1, Integer::sum);
        }
        Double score = evaluatedWords <= 0 ? null : 100.0 * (1.0 - (double) penalty / evaluatedWords);
        return new Scorecard(words, evaluatedWords, penalty, score, threshold, score != null && score >= threshold, byCategory, bySeverity);
    }

    /** Counts by category code, every category listed, in the typology's order. */
    public Map<String, Integer> byCategoryCode() {
        Map<String, Integer> out = new LinkedHashMap<>();
        byCategory.forEach((c, n) -> out.put(c.code(), n));
        return out;
    }

    public boolean scored() {
        return score != null;
    }

    /** The score to two decimals, as reports show it; "none" with nothing evaluated. */
    public String scoreText() {
        return score == null ? "none" : String.format(java.util.Locale.ROOT, "%.2f", score);
    }

    /** Summary lines then one line per category and severity. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setHeader("item", "value").get())) {
            csv.printRecord("words", words);
            csv.printRecord("evaluated words", evaluatedWords);
            csv.printRecord("penalty", penalty);
            csv.printRecord("score", scoreText());
            csv.printRecord("threshold", String.format(java.util.Locale.ROOT, "%.2f", threshold));
            csv.printRecord("passed", passed);
            for (Map.Entry<MqmCategory, Integer> e : byCategory.entrySet()) {
                csv.printRecord(e.getKey().code(), e.getValue());
            }
            for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
                csv.printRecord(e.getKey().code(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
