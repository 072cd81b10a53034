package app.tandem.cite;

import app.tandem.translit.Transliterator;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A reference-list entry as English-language journals print it: romanised, the English title in brackets, "(In Russ.)". */
class ReferenceEntryDrafterTest {
    private final ReferenceEntryDrafter drafter = new ReferenceEntryDrafter(Transliterator.of("bs_2979_alt"),
            title -> Optional.ofNullable(Map.of("Документы внешней политики СССР", "Documents of the Foreign Policy of the USSR").get(title)));

    @Test
    void aBookWithAnAuthor() {
        assertThat(drafter.draft("Чичерин Г.В. Статьи и речи по вопросам международной политики. М., 1961. 500 с."))
                .isEqualTo("Chicherin G.V. Stat'i i rechi po voprosam mezhdunarodnoi politiki [ ]. Moscow, 1961. 500 p. (In Russ.)");
    }

    @Test
    void aTitleTheGlossaryKnowsAndANumberedEntry() {
        assertThat(drafter.draft("3. Документы внешней политики СССР. Т. 4. М., 1960. С. 597."))
                .isEqualTo("3. Dokumenty vneshnei politiki SSSR [Documents of the Foreign Policy of the USSR]. Vol. 4. Moscow, 1960. P. 597. (In Russ.)");
    }

    @Test
    void anArticleInAJournal() {
        assertThat(drafter.draft("Иванов И.И. Рапалльский договор // Вопросы истории. 2015. № 2. С. 60–71."))
                .isEqualTo("Ivanov I.I. Rapall'sky dogovor [ ] // Voprosy istorii. 2015. No. 2. Pp. 60–71. (In Russ.)");
    }

    @Test
    void aReferenceWithoutATitleIsItsCitation() {
        assertThat(drafter.draft("Там же. С. 45.")).isEqualTo("Ibid. P. 45.");
        assertThat(drafter.draft("РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15.")).isEqualTo("RGASPI. F. 5. Op. 1. D. 2138. L. 15.");
    }
}
