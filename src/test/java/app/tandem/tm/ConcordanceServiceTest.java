package app.tandem.tm;

import app.tandem.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Concordance over the seed articles and an imported memory, real H2. */
@org.junit.jupiter.api.Tag("persistence")
class ConcordanceServiceTest {
    @TempDir
    Path dir;

    @Test
    void aRussianPhraseIsFoundInEveryInflectedFormAndAnEnglishWordInTargets() throws Exception {
        TestDatabase db = new TestDatabase(dir);
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                db.importService().importFile("Seeds", f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        TranslationMemoryService memory = new TranslationMemoryService(db.units, new app.tandem.document.SegmentEvents());
        byte[] file = MemorySamples.tmx(List.<String[]>of(
                new String[] {"Внешнюю политику определял ЦК.", "Foreign policy was set by the Central Committee."},
                new String[] {"Политика внешняя и внутренняя.", "Policy, foreign and domestic."}));
        new TmxImportService(db.projects, db.units, db.tx, memory).importTmx("Seeds", "extra.tmx", new ByteArrayInputStream(file), file.length);
        long project = db.projects.findIdByName("Seeds").orElseThrow();
        ConcordanceService concordance = new ConcordanceService(db.jdbc, db.units, memory);

        List<ConcordanceService.Hit> hits = concordance.search(project, "внешняя политика", 500);
        Set<String> forms = hits.stream().flatMap(h -> h.spans().stream().map(s -> h.source().substring(s[0], s[1])))
                .map(f -> f.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).collect(Collectors.toSet());
        assertThat(forms).contains("внешняя политика", "внешней политики", "внешнюю политику", "внешней политике");
        assertThat(hits).anyMatch(h -> h.origin().equals("memory: TMX extra.tmx") && h.target().startsWith("Foreign policy"));
        assertThat(hits).as("the words in the order asked for").noneMatch(h -> h.source().startsWith("Политика внешняя"));
        assertThat(hits).anyMatch(h -> h.origin().startsWith("document: 000_"));

        List<ConcordanceService.Hit> english = concordance.search(project, "policies", 50);
        assertThat(english).isNotEmpty().allSatisfy(h -> {
            assertThat(h.inTarget()).isTrue();
            assertThat(h.spans()).isNotEmpty();
            assertThat(h.target().substring(h.spans().get(0)[0], h.spans().get(0)[1]).toLowerCase(Locale.ROOT)).startsWith("polic");
        });
        assertThat(concordance.search(project, "  ", 10)).isEmpty();
    }
}
