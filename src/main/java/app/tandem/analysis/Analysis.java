package app.tandem.analysis;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word-count analysis against the memory: segments and words in each {@link MatchBand}. Fed one
 * segment at a time in reading order with its best memory match, it decides the band itself, so
 * a repetition is a source seen earlier in the same analysis (over every document analysed
 * together) that has no exact match of its own.
 */
public final class Analysis {
    /** One row of the table. */
    public record Row(String band, int segments, int words) {
    }

    /**
     * What the memory offers one segment: an exact match in context, an exact match, or the best
     * fuzzy score (0 for none).
     */
    public record MemoryMatch(boolean context, boolean exact, int fuzzyScore) {
        public static final MemoryMatch NONE = new MemoryMatch(false, false, 0);
    }

    private final Map<MatchBand, int[]> counts = new EnumMap<>(MatchBand.class);
    private final Set<String> seen = new HashSet<>();

    public Analysis() {
        for (MatchBand b : MatchBand.values()) {
            counts.put(b, new int[2]);
        }
    }

    /**
     * Counts one segment. {@code repetitionKey} identifies sources that count as the same sentence
     * (normalised spacing and quotes); its band is returned.
     */
    public MatchBand add(String source, String repetitionKey, MemoryMatch match) {
        MatchBand band;
        boolean repeated = !seen.add(repetitionKey == null ? source : repetitionKey);
        if (match.context()) {
            band = MatchBand.CONTEXT;
        } else if (match.exact()) {
            band = MatchBand.EXACT;
        } else if (repeated) {
            band = MatchBand.REPETITIONS;
        } else {
            band = MatchBand.ofFuzzy(match.fuzzyScore());
        }
        int[] c = counts.get(band);
        c[0]++;
        c[1] += WordCounter.count(source);
        return band;
    }

    public int segments(MatchBand band) {
        return counts.get(band)[0];
    }

    public int words(MatchBand band) {
        return counts.get(band)[1];
    }

    public int totalSegments() {
        return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int totalWords() {
        return counts.values().stream().mapToInt(c -> c[1]).sum();
    }

    /** Every band in order, then {@code total}. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (MatchBand b : MatchBand.values()) {
            rows.add(new Row(b.label(), segments(b), words(b)));
        }
        rows.add(new Row("total", totalSegments(), totalWords()));
        return rows;
    }

    /** {@code band<TAB>segments<TAB>words} lines, as the command prints them. */
    public String toTsv() {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows()) {
            sb.append(r.band()).append('\t').append(r.segments()).append('\t').append(r.words()).append('\n');
        }
        return sb.toString();
    }

    /** The table as CSV with a header row. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setHeader("band", "segments", "words").get())) {
            for (Row r : rows()) {
                csv.printRecord(r.band(), r.segments(), r.words());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
