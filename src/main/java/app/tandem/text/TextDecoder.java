package app.tandem.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded text file into a string. Only UTF-8 (with or without BOM) and
 * Windows-1251 are accepted, because those are what Russian PDF extractions and Word "save as
 * text" produce; anything else is refused rather than imported as mojibake.
 */
public final class TextDecoder {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Charset CP1251 = Charset.forName("windows-1251");

    public DecodedText decode(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RejectedInputException(fileName + ": file is " + (bytes.length / (1024 * 1024))
                    + " MB, larger than the 20 MB limit");
        }
        if (bytes.length == 0) {
            throw new RejectedInputException(fileName + ": file is empty");
        }
        if (looksBinary(bytes)) {
            throw new RejectedInputException(fileName + ": not a text file (" + binaryKind(bytes) + ")");
        }
        DecodedText decoded;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            String text = strictUtf8(fileName, bytes, 3);
            decoded = new DecodedText(text, "UTF-8 with BOM", "UTF-8 with byte-order mark; the mark was removed");
        } else {
            String text = tryStrictUtf8(bytes);
            if (text != null) {
                decoded = new DecodedText(text, "UTF-8", null);
            } else if (plausibleCp1251(bytes)) {
                decoded = new DecodedText(new String(bytes, CP1251), "windows-1251",
                        "converted from Windows-1251 to UTF-8");
            } else {
                throw new RejectedInputException(fileName
                        + ": unsupported text encoding (expected UTF-8 or Windows-1251); first invalid byte at offset "
                        + firstInvalidUtf8(bytes));
            }
        }
        if (decoded.text().isBlank()) {
            throw new RejectedInputException(fileName + ": file contains only whitespace");
        }
        return decoded;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    private static String binaryKind(byte[] b) {
        if (b.length > 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "it is a PNG image";
        }
        if (b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "it is a PDF; extract its text first";
        }
        if (b.length > 4 && b[0] == 'P' && b[1] == 'K') {
            return "it is a ZIP archive or an Office document";
        }
        if (b.length > 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            return "it is UTF-16, save it as UTF-8";
        }
        return "it contains binary control bytes";
    }

    private static String strictUtf8(String fileName, byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(fileName + ": starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
    }

    private static String tryStrictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return bytes.length;
            }
            out.clear();
        }
    }

    /** Windows-1251 text is mostly Cyrillic letters (0xC0-0xFF, 0xA8, 0xB8) and ASCII, lower case dominating. */
    private static boolean plausibleCp1251(byte[] bytes) {
        int high = 0;
        int cyrLower = 0;
        int cyrUpper = 0;
        int odd = 0;
        int besideLatin = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                continue;
            }
            high++;
            if (i > 0 && isAsciiLetter(bytes[i - 1]) || i + 1 < bytes.length && isAsciiLetter(bytes[i + 1])) {
                besideLatin++;
            }
            if (b >= 0xE0 || b == 0xB8) {
                cyrLower++;
            } else if (b >= 0xC0 || b == 0xA8) {
                cyrUpper++;
            } else if (b == 0x98) {
                return false;
            } else if (!(b == 0x85 || b == 0x96 || b == 0x97 || b == 0xAB || b == 0xBB || b == 0xB9
                    || b == 0x93 || b == 0x94 || b == 0x91 || b == 0x92 || b == 0xA0 || b == 0xB7)) {
                odd++;
            }
        }
        // Cyrillic letters sit next to Cyrillic letters; accented Latin-1 letters sit inside ASCII words
        return high > 0 && odd * 20 < high && cyrLower >= cyrUpper && besideLatin * 5 < high;
    }

    private static boolean isAsciiLetter(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z';
    }
}
