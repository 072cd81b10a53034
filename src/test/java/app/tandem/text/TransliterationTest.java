package app.tandem.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterationTest {
    @ParameterizedTest
    @CsvSource({"Chicherin,Чичерину", "Tchitcherine,Чичерин", "Ataturk,Ататюрка", "Al-Hasan,аль-Хасана", "Memmingen,Меммингене",
            "Daugherty,Доэрти", "Johnson,Джонсоном", "Schlein,Шляйн", "Tubingen,Тюбинген", "Carangi,Каранджи", "Phillips,Филлипс",
            "Zuckerberg,Цукербергом", "Kemal,Кемаль", "Knightley,Найтли", "Packham,Пэкхем", "Nanking,Нанкинский", "Zettel,Цеттеля", "Reichenbach,Райхенбаху", "Germaine,Жермена",
            "Messenian,Мессенской", "Barroso,Баррозу", "Rambow,Рэмбо"})
    void aNameAndItsRussianSpellingMatch(String latin, String russian) {
        assertThat(Transliteration.sameName(latin, russian)).as(latin + " / " + russian).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"goverment,говорит", "recieve,решение", "Smith,Смирнов", "teh,тех", "Kemal,Камера", "definately,далее", "Peterson,Петербурге", "Peters,Петровым"})
    void differentWordsDoNot(String latin, String russian) {
        assertThat(Transliteration.sameName(latin, russian)).as(latin + " / " + russian).isFalse();
    }

    @Test
    void transliteratesPlainly() {
        assertThat(Transliteration.latin("Щукин и Юрьев")).isEqualTo("shchukin i yurev");
    }
}
