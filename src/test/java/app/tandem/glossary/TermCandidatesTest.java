package app.tandem.glossary;

import app.tandem.text.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermCandidatesTest {
    @Test
    void frequentPhrasesByLemmaWithoutTermsAlreadyInTheGlossary() {
        List<String> sentences = List.of(
                "Внешняя политика Советской России в отношении Закавказья была сложной.",
                "Советская Россия заключила договор с Турцией.",
                "Договор с Турцией обсуждали в Москве.",
                "Советской России был нужен договор.");
        TermMatcher glossary = new TermMatcher(List.of("внешняя политика", "Закавказье"), Lemmatizer.of(Lang.RU));
        List<TermCandidates.Candidate> c = new TermCandidates().suggest(sentences, glossary, 10);
        assertThat(c).extracting(TermCandidates.Candidate::lemmaKey).contains("советский россия", "договор");
        assertThat(c).extracting(TermCandidates.Candidate::lemmaKey).doesNotContain("политика", "закавказье");
        TermCandidates.Candidate soviet = c.stream().filter(x -> x.lemmaKey().equals("советский россия")).findFirst().orElseThrow();
        assertThat(soviet.count()).isEqualTo(3);
        assertThat(soviet.example()).isEqualTo("Советской России");
        assertThat(c.stream().filter(x -> x.lemmaKey().equals("договор")).findFirst().orElseThrow().example()).isEqualTo("договор");
    }
}
