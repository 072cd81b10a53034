package app.tandem.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Glossary CSV (comma) or TSV (tab), UTF-8, header row
 * {@code russian,english,alternatives,forbidden,note,domain,part_of_speech,status}; only russian and
 * english are required, the others may be left out or come in any order. Several alternatives or
 * forbidden variants are separated by '|'. CSV fields may be quoted with "" doubling a quote.
 */
public final class GlossaryCsv {
    public static final String[] HEADER = {"russian", "english", "alternatives", "forbidden", "note", "domain", "part_of_speech", "status"};

    private GlossaryCsv() {
    }

    public static String write(List<TermEntry> entries, char separator) {
        StringBuilder sb = new StringBuilder(String.join(String.valueOf(separator), HEADER)).append('\n');
        for (TermEntry e : entries) {
            List<String> cols = List.of(e.russian(), e.preferred(), String.join("|", e.alternatives()), String.join("|", e.forbidden()),
                    orEmpty(e.note()), orEmpty(e.domain()), orEmpty(e.partOfSpeech()), orEmpty(e.status()));
            List<String> out = new ArrayList<>();
            for (String c : cols) {
                out.add(quote(c, separator));
            }
            sb.append(String.join(String.valueOf(separator), out)).append('\n');
        }
        return sb.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String quote(String s, char sep) {
        if (sep == '\t') {
            if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0) {
                throw new ExchangeException("a tab or line break inside a field cannot be written as TSV: " + s);
            }
            return s;
        }
        if (s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Reads all rows or none: any malformed line refuses the whole file, naming the line. */
    public static List<TermEntry> read(String fileName, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = t.split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new ExchangeException(fileName + " line 1: missing header row (" + String.join(",", HEADER) + ")");
        }
        char sep = lines[0].indexOf('\t') >= 0 ? '\t' : ',';
        List<String> header = parse(lines[0], sep, fileName, 1);
        int ru = header.indexOf("russian");
        int en = header.indexOf("english");
        if (ru < 0 || en < 0) {
            throw new ExchangeException(fileName + " line 1: the header needs the columns 'russian' and 'english'");
        }
        List<TermEntry> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> c = parse(lines[i], sep, fileName, i + 1);
            if (c.size() != header.size()) {
                throw new ExchangeException(fileName + " line " + (i + 1) + ": " + c.size() + " fields, the header has " + header.size());
            }
            String russian = c.get(ru).strip();
            String english = c.get(en).strip();
            if (russian.isEmpty() || english.isEmpty()) {
                throw new ExchangeException(fileName + " line " + (i + 1) + ": Russian and English terms are required");
            }
            List<String> all = new ArrayList<>(List.of(english));
            all.addAll(col(c, header, "alternatives"));
            String pos = field(c, header, "part_of_speech");
            if (!pos.isEmpty() && !TermEntry.PARTS_OF_SPEECH.contains(pos)) {
                throw new ExchangeException(fileName + " line " + (i + 1) + ": part of speech \"" + pos + "\" is not one of "
                        + String.join(", ", TermEntry.PARTS_OF_SPEECH));
            }
            String status = field(c, header, "status");
            if (!status.isEmpty() && !status.equals("APPROVED") && !status.equals("PROPOSED")) {
                throw new ExchangeException(fileName + " line " + (i + 1) + ": status \"" + status + "\" is neither APPROVED nor PROPOSED");
            }
            out.add(new TermEntry(russian, all, col(c, header, "forbidden"), field(c, header, "note"), field(c, header, "domain"), pos, status));
        }
        return out;
    }

    private static String field(List<String> c, List<String> header, String name) {
        int i = header.indexOf(name);
        return i < 0 ? "" : c.get(i).strip();
    }

    private static List<String> col(List<String> c, List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0 || c.get(i).isBlank()) {
            return List.of();
        }
        return Arrays.stream(c.get(i).split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static List<String> parse(String line, char sep, String fileName, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"' && cur.length() == 0 && sep == ',') {
                quoted = true;
            } else if (ch == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new ExchangeException(fileName + " line " + lineNo + ": unclosed quote");
        }
        out.add(cur.toString());
        return out;
    }
}
