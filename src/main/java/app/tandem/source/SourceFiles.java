package app.tandem.source;

import app.tandem.text.DecodedText;
import app.tandem.text.RejectedInputException;
import app.tandem.text.TextDecoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a source file of any accepted kind, recognised by its content and not its name: a PDF
 * ({@code %PDF-}), a DOCX (a ZIP holding {@code word/document.xml}) or text. Everything else,
 * and every file over the size limit, is refused with the file's name and the reason.
 */
public final class SourceFiles {
    public static final long MAX_BYTES = TextDecoder.MAX_BYTES;
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final TextDecoder decoder = new TextDecoder();

    public SourceDocument read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RejectedInputException(fileName + ": file is " + (bytes.length / (1024 * 1024))
                    + " MB, larger than the " + (MAX_BYTES / (1024 * 1024)) + " MB limit");
        }
        if (isPdf(bytes)) {
            return new PdfSourceReader().read(fileName, bytes);
        }
        if (startsWith(bytes, OLE)) {
            throw new RejectedInputException(fileName + ": a legacy Word .doc (or another old Office file); save it as DOCX and import that");
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return new DocxSourceReader().read(fileName, bytes);
        }
        DecodedText text = decoder.decode(fileName, bytes);
        List<String> notes = new ArrayList<>();
        if (text.note() != null) {
            notes.add(text.note());
        }
        return new SourceDocument("text (" + text.encoding() + ")", null, List.of(SourcePart.wrapped(text.text())), notes);
    }

    /** {@code %PDF-}, after whitespace at most (a text file that merely mentions %PDF- stays text). */
    static boolean isPdf(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && i < 1024 && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return bytes.length - i >= 5 && bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
