package app.tandem.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineMessageTest {
    @Test
    void aLibrarysExceptionClassNameIsNoPartOfARefusal() {
        assertThat(OneLineMessage.of("org.apache.xmlbeans.XmlException: error: Unexpected end of file after null"))
                .isEqualTo("error: Unexpected end of file after null");
        assertThat(OneLineMessage.of("review.docx: not a readable DOCX file (java.util.zip.ZipException: invalid stored block lengths)"))
                .isEqualTo("review.docx: not a readable DOCX file (invalid stored block lengths)");
        assertThat(OneLineMessage.of("ZipException: invalid entry size")).isEqualTo("invalid entry size");
    }

    @Test
    void ordinaryWordsAndLineBreaksStayReadable() {
        assertThat(OneLineMessage.of("Error in line 3:\n  the value is missing")).isEqualTo("Error in line 3: the value is missing");
        assertThat(OneLineMessage.of("x".repeat(400))).hasSize(OneLineMessage.MAX);
    }
}
