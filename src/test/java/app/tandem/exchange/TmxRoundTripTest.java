package app.tandem.exchange;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TmxRoundTripTest {
    private static byte[] write(List<TmxUnit> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter w = new TmxWriter(out, "ru", "en")) {
            units.forEach(w::write);
        }
        return out.toByteArray();
    }

    @Test
    void exportValidatesAgainstTheDtdAndReadsBackIdentically() throws Exception {
        Instant t = Instant.parse("2026-11-22T10:15:30Z");
        List<TmxUnit> units = List.of(
                new TmxUnit("1", "Они начали стягивать силы на западе1.", "They began gathering forces in the west1.", "DRAFT", "002", t, t, "anna"),
                new TmxUnit("2", "Я думаю <так> & «иначе» [2, с. 317-318; 3, с. 113].", "I think <so> & “otherwise” [2, p. 317-318; 3, p. 113].", "APPROVED", "004", t, t, null),
                // a DOCX source's codes: pairs, a lone start, a marker, and a model number that is no marker in the English
                new TmxUnit("3", "⟨i⟩Генуэзская⟨/i⟩ конференция ⟨b⟩открылась.¹", "The ⟨i⟩Genoa⟨/i⟩ Conference ⟨b⟩opened on a Ju52.¹",
                        "TRANSLATED", "004", t, t, null));
        byte[] tmx = write(units);
        TmxValidation.assertValid(tmx);
        String xml = new String(tmx, StandardCharsets.UTF_8);
        assertThat(xml).contains("srclang=\"ru\"", "segtype=\"sentence\"", "creationtool=\"Tandem\"", "<prop type=\"x-status\">DRAFT</prop>",
                "<ph x=\"1\" type=\"x-footnote\">1</ph>", "tuid=\"2\"", "creationdate=\"20261122T101530Z\"");
        List<TmxUnit> back = new ArrayList<>();
        TmxReader.Result r = new TmxReader().read("t.tmx", new ByteArrayInputStream(tmx), tmx.length, "ru", "en", back::add);
        assertThat(xml).contains("<bpt i=\"1\" x=\"1\" type=\"italic\">⟨i⟩</bpt>", "<ept i=\"1\">⟨/i⟩</ept>",
                "<it pos=\"begin\" x=\"2\" type=\"bold\">⟨b⟩</it>", "<ph x=\"3\" type=\"x-footnote\">¹</ph>", "on a Ju52.<ph");
        assertThat(r.read()).isEqualTo(3);
        assertThat(back).isEqualTo(units);
    }

    @Test
    void unitsMissingALanguageAreSkippedWithAReason() {
        String tmx = """
                <?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ru" datatype="plaintext"/>
                <body><tu tuid="a"><tuv xml:lang="ru-RU"><seg>Привет</seg></tuv><tuv xml:lang="EN-US"><seg>Hello</seg></tuv></tu>
                <tu tuid="b"><tuv xml:lang="ru"><seg>Только русский</seg></tuv></tu></body></tmx>""";
        List<TmxUnit> back = new ArrayList<>();
        TmxReader.Result r = new TmxReader().read("omegat.tmx", new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)), 100, "ru", "en", back::add);
        assertThat(r.read()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.skipReasons().get(0)).contains("line 3").contains("unit b").contains("no en variant");
        assertThat(back.get(0).target()).isEqualTo("Hello");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ru" datatype="plaintext"/>
                <body><tu><tuv xml:lang="ru"><seg>&secret;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>""";
        List<TmxUnit> back = new ArrayList<>();
        try {
            new TmxReader().read("evil.tmx", new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), 100, "ru", "en", back::add);
        } catch (ExchangeException refused) {
            assertThat(refused.getMessage()).contains("evil.tmx");
        }
        assertThat(back).noneMatch(u -> u.source().contains("root:"));
    }

    @Test
    void malformedAndOversizedFilesAreRefusedClearly() {
        byte[] broken = "<tmx version=\"1.4\"><body><tu><tuv".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new TmxReader().read("broken.tmx", new ByteArrayInputStream(broken), broken.length, "ru", "en", u -> { }))
                .isInstanceOf(ExchangeException.class).hasMessageContaining("broken.tmx").hasMessageContaining("line 1");
        assertThatThrownBy(() -> new TmxReader().read("big.tmx", new ByteArrayInputStream(new byte[0]), TmxReader.MAX_BYTES + 1, "ru", "en", u -> { }))
                .hasMessageContaining("over the TMX import limit");
        byte[] html = "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new TmxReader().read("page.tmx", new ByteArrayInputStream(html), html.length, "ru", "en", u -> { }))
                .hasMessageContaining("not a TMX file");
    }
}
