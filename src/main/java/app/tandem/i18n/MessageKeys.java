package app.tandem.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message written in English with its particulars in it ("Number 1920 of the source…") as one
 * translation key with parameters ("Number {0} of the source…"): each match of {@code particular}
 * becomes a parameter; a quoted one keeps its quotes in the key (a translation may write them its
 * own way) and passes what they enclose. A message whose key has no translation stays as written.
 */
public final class MessageKeys {
    private MessageKeys() {
    }

    /** {@code quotes}: the opening characters that mark a quoted particular; {@code tr} looks a key up with its parameters. */
    public static String translate(String message, Pattern particular, String quotes, BiFunction<String, Object[], String> tr) {
        Matcher m = particular.matcher(message);
        StringBuilder key = new StringBuilder();
        List<String> params = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            String p = m.group();
            boolean quoted = quotes.indexOf(p.charAt(0)) >= 0 && p.length() >= 2;
            key.append(message, at, m.start());
            if (quoted) {
                key.append(p.charAt(0)).append('{').append(params.size()).append('}').append(p.charAt(p.length() - 1));
                params.add(p.substring(1, p.length() - 1));
            } else {
                key.append('{').append(params.size()).append('}');
                params.add(p);
            }
            at = m.end();
        }
        key.append(message.substring(at));
        String template = key.toString();
        if (tr.apply(template, new Object[0]).equals(template)) {
            return message;
        }
        return tr.apply(template, params.toArray());
    }
}
