package app.tandem.glossary;

import app.tandem.text.Lang;
import app.tandem.text.RejectedInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermMatcherTest {
    private final TermMatcher matcher = new TermMatcher(List.of("Закавказье", "внешняя политика", "Рапалльский договор", "посёлок"),
            Lemmatizer.of(Lang.RU));

    @Test
    void findsTermsInAnyInflectedFormWithSpans() {
        String s = "Внешняя политика Советской России в отношении Закавказья и внешней политики Германии.";
        List<TermMatch> m = matcher.find(s);
        assertThat(m).extracting(TermMatch::term).containsExactly("внешняя политика", "Закавказье", "внешняя политика");
        assertThat(s.substring(m.get(1).start(), m.get(1).end())).isEqualTo("Закавказья");
        assertThat(s.substring(m.get(2).start(), m.get(2).end())).isEqualTo("внешней политики");
        assertThat(matcher.find("Они обсуждали внешнюю политику и Закавказьем управляли.")).hasSize(2);
    }

    @Test
    void yoEqualsYeAndCaseIsIgnored() {
        assertThat(matcher.find("В поселке было тихо.")).extracting(TermMatch::term).containsExactly("посёлок");
        assertThat(matcher.find("ВНЕШНЯЯ ПОЛИТИКА")).hasSize(1);
    }

    @Test
    void englishSideMatchesInflectionsToo() {
        TermMatcher en = new TermMatcher(List.of("occupy", "foreign policy"), Lemmatizer.of(Lang.EN));
        assertThat(en.find("Transcaucasia occupies a place in its foreign policies.")).extracting(TermMatch::term)
                .containsExactly("occupy", "foreign policy");
    }

    @Test
    void glossaryTsvWithHeaderSynonymsAndForbiddenVariants() {
        List<GlossaryTsv.Row> rows = GlossaryTsv.parse("g.tsv", List.of("russian\tenglish", "Закавказье\tTranscaucasia; South Caucasus\tTranscaucasus", "", "Антанта\tEntente"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).english()).containsExactly("Transcaucasia", "South Caucasus");
        assertThat(rows.get(0).forbidden()).containsExactly("Transcaucasus");
        assertThatThrownBy(() -> GlossaryTsv.parse("g.tsv", List.of("Закавказье Transcaucasia")))
                .isInstanceOf(RejectedInputException.class).hasMessage("g.tsv line 1: expected 'russian term<TAB>english term'");
    }
}
