package app.tandem.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void plainUtf8IsReadWithoutNote() {
        DecodedText t = decoder.decode("a.txt", "Закавказье занимает важное положение.".getBytes(StandardCharsets.UTF_8));
        assertThat(t.text()).isEqualTo("Закавказье занимает важное положение.");
        assertThat(t.note()).isNull();
    }

    @Test
    void byteOrderMarkIsRemovedAndReported() {
        byte[] body = "Текст".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DecodedText t = decoder.decode("bom.txt", bytes);
        assertThat(t.text()).isEqualTo("Текст");
        assertThat(t.encoding()).isEqualTo("UTF-8 with BOM");
    }

    @Test
    void windows1251IsConvertedWithANote() {
        String russian = "Внешняя политика Советской России в отношении Закавказья в 1917–1922 гг.";
        DecodedText t = decoder.decode("cp.txt", russian.getBytes(Charset.forName("windows-1251")));
        assertThat(t.text()).isEqualTo(russian);
        assertThat(t.note()).contains("Windows-1251");
    }

    @Test
    void emptyFileIsRefusedWithItsName() {
        assertThatThrownBy(() -> decoder.decode("empty.txt", new byte[0]))
                .isInstanceOf(RejectedInputException.class).hasMessage("empty.txt: file is empty");
        assertThatThrownBy(() -> decoder.decode("blank.txt", " \n\n ".getBytes()))
                .hasMessageContaining("blank.txt").hasMessageContaining("only whitespace");
    }

    @Test
    void pngRenamedToTxtIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> decoder.decode("picture.txt", png))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("picture.txt").hasMessageContaining("PNG");
    }

    @Test
    void oversizedFileIsRefused() {
        byte[] big = new byte[(int) TextDecoder.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> decoder.decode("big.txt", big)).hasMessageContaining("20 MB limit");
    }

    @Test
    void latin1GarbageIsRefusedAsUnsupportedEncoding() {
        byte[] bytes = "caf\u00e9 na\u00efve \u00fcber \u00e0 la fa\u00e7ade".getBytes(Charset.forName("ISO-8859-1"));
        assertThatThrownBy(() -> decoder.decode("latin1.txt", bytes)).hasMessageContaining("unsupported text encoding");
    }
}
