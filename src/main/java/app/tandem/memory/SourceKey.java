package app.tandem.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * When two source sentences count as the same for exact matches and repetitions: identical
 * after whitespace is collapsed and every kind of quotation mark («», „“, “”, ‘’, ") is taken as
 * one. The key is a hash of that form, short enough for an index on any database.
 */
public final class SourceKey {
    private SourceKey() {
    }

    public static String normalize(String source) {
        if (source == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(source.length());
        boolean space = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(isQuote(c) ? '"' : isApostrophe(c) ? '\'' : c);
        }
        return sb.toString();
    }

    public static String of(String source) {
        String n = normalize(source);
        if (n.isEmpty()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '«' || c == '»' || c == '„' || c == '“' || c == '”' || c == '‟' || c == '″';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '‛' || c == 'ʼ';
    }
}
