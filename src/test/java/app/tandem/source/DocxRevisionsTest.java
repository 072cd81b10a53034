package app.tandem.source;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What Word leaves in a manuscript besides the text: tracked changes, fields, comments. */
class DocxRevisionsTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void trackedChangesReadAsAcceptedFieldsByTheirResultAndCommentsLeftOut() throws IOException {
        String body = """
                <w:p><w:r><w:t xml:space="preserve">Договор был </w:t></w:r>\
                <w:del w:id="1" w:author="A"><w:r><w:delText>не </w:delText></w:r></w:del>\
                <w:r><w:t xml:space="preserve">подписан </w:t></w:r>\
                <w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">в Рапалло </w:t></w:r></w:ins>\
                <w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">16 апреля </w:t></w:r><w:commentRangeEnd w:id="0"/>\
                <w:r><w:commentReference w:id="0"/></w:r>\
                <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy" </w:instrText></w:r>\
                <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1922</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
                <w:r><w:t xml:space="preserve"> г.</w:t></w:r></w:p>\
                <w:p><w:r><w:t xml:space="preserve">Его подписали </w:t></w:r>\
                <w:fldSimple w:instr=" AUTHOR "><w:r><w:t>Чичерин</w:t></w:r></w:fldSimple>\
                <w:r><w:t xml:space="preserve"> и </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Ратенау</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>""";
        SourceDocument doc = new DocxSourceReader().read("revised.docx", docx(body));
        List<String> texts = doc.parts().stream().map(SourcePart::text).toList();
        assertThat(texts).containsExactly("Договор был подписан в Рапалло 16 апреля 1922 г.", "Его подписали Чичерин и ⟨i⟩Ратенау⟨/i⟩.");
    }

    /** The smallest package Word and POI open: content types, the package relationship, the document. */
    private static byte[] docx(String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            put(z, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            put(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
                    + "\"><w:body>" + body + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
