package app.tandem.glossary;

import app.tandem.text.RejectedInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the simple glossary TSV the command-line tools take: {@code russian<TAB>english} per line,
 * more English equivalents after ';' or '|' (the first is preferred), optional third column of
 * forbidden variants; an optional header row; blank lines ignored.
 */
public final class GlossaryTsv {
    public record Row(String russian, List<String> english, List<String> forbidden) {
    }

    private GlossaryTsv() {
    }

    public static List<Row> parse(String fileName, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                throw new RejectedInputException(fileName + " line " + (i + 1) + ": expected 'russian term<TAB>english term'");
            }
            String ru = cols[0].strip();
            if (rows.isEmpty() && i == firstNonBlank(lines) && isHeader(ru)) {
                continue;
            }
            if (ru.isEmpty()) {
                throw new RejectedInputException(fileName + " line " + (i + 1) + ": empty Russian term");
            }
            rows.add(new Row(ru, split(cols[1]), cols.length > 2 ? split(cols[2]) : List.of()));
        }
        return rows;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeader(String first) {
        return first.equalsIgnoreCase("russian") || first.equalsIgnoreCase("ru") || first.equalsIgnoreCase("term")
                || first.equalsIgnoreCase("source");
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split("[;|]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
