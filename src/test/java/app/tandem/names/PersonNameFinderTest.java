package app.tandem.names;

import app.tandem.translit.Transliterator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** People in Russian sentences, in any case, found with their nominative; their English; how a target wrote them. */
class PersonNameFinderTest {
    private final PersonNameFinder finder = new PersonNameFinder();

    @Test
    void aSentenceOpeningWithAnAdverbBeforeInitialsNamesThePersonAfterThem() {
        assertThat(finder.find("Поэтому Г. В. Чичерин говорил, что при передаче оружия надо соблюдать осторожность."))
                .extracting(PersonName::nominative).containsExactly("Г.В. Чичерин");
        assertThat(finder.find("Однако В.И. Ленин настаивал.")).extracting(PersonName::nominative).containsExactly("В.И. Ленин");
        assertThat(finder.find("Белый А. Петербург. М., 1916.")).hasSize(1);
    }

    @Test
    void initialsAndSurnameInAnyCaseWithOrWithoutASpace() {
        List<PersonName> found = finder.find("Копп сообщил наркому Г.В. Чичерину, что И.Сталина и Л. Д. Троцким поддержали Ф. Дзержинского.");
        assertThat(found).extracting(PersonName::nominative)
                .containsExactly("Г.В. Чичерин", "И. Сталин", "Л.Д. Троцкий", "Ф. Дзержинский");
        assertThat(found.get(1).asWritten()).isEqualTo("И.Сталина");
        assertThat(found.get(0).key()).isEqualTo(finder.find("Г. В. Чичерин писал").get(0).key());
    }

    @Test
    void surnameFirstInAReferenceEntryButNotInASentence() {
        assertThat(finder.find("Чичерин Г.В. Статьи и речи. М., 1961.")).extracting(PersonName::nominative).containsExactly("Г.В. Чичерин");
        assertThat(finder.find("Иванов И.И., Петров П.П. Очерки. М., 1990.")).hasSize(2);
        assertThat(finder.find("Война закончилась. Москва Т. не приняла.")).isEmpty();
    }

    @Test
    void englishByTheSchemeAndTheTargetsSpelling() {
        PersonName chicherin = finder.find("наркому Г.В. Чичерину").get(0);
        assertThat(PersonNameEnglish.of(chicherin, Transliterator.of("wikipedia"))).isEqualTo("G.V. Chicherin");
        assertThat(PersonNameEnglish.writtenIn("He wrote to G.V. Chicherin's deputy.", chicherin)).contains("Chicherin");
        assertThat(PersonNameEnglish.writtenIn("He wrote to G. Tchitcherine.", chicherin)).contains("Tchitcherine");
        assertThat(PersonNameEnglish.writtenIn("Letter to Čičerin.", chicherin)).contains("Čičerin");
        assertThat(PersonNameEnglish.writtenIn("Lenin wrote to Trotsky.", chicherin)).isEmpty();
    }
}
