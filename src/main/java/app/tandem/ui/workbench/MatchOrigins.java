package app.tandem.ui.workbench;

import com.vaadin.flow.component.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pre-filled target came from, in the interface's language: the services record it in
 * English ("exact match: TMX memory.tmx"); the provenance after the colon (a file, a project) is
 * kept as it is.
 */
final class MatchOrigins {
    private static final Pattern FUZZY = Pattern.compile("fuzzy match (\\d+)%: (.*)", Pattern.DOTALL);
    private static final Pattern REPETITION = Pattern.compile("repetition of segment (\\d+)");

    private MatchOrigins() {
    }

    static String label(Component c, String origin) {
        if (origin == null) {
            return "";
        }
        for (String kind : new String[] {"exact match: ", "context match: "}) {
            if (origin.startsWith(kind)) {
                return c.getTranslation(kind + "{0}", origin.substring(kind.length()));
            }
        }
        Matcher f = FUZZY.matcher(origin);
        if (f.matches()) {
            String provenance = f.group(2).equals("previous version of the source") ? c.getTranslation("previous version of the source") : f.group(2);
            return c.getTranslation("fuzzy match {0}%: {1}", f.group(1), provenance);
        }
        Matcher r = REPETITION.matcher(origin);
        if (r.matches()) {
            return c.getTranslation("repetition of segment {0}", r.group(1));
        }
        return switch (origin) {
            case "standard label", "reference entry", "citation" -> c.getTranslation(origin);
            default -> origin;
        };
    }
}
