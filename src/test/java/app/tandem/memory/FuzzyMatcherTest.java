package app.tandem.memory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzyMatcherTest {
    private static FuzzyMatcher.Unit unit(String key, String ru, String en) {
        return new FuzzyMatcher.Unit(key, ru, en, "test");
    }

    @Test
    void scoresByWordEditsAndOrdersBestFirst() {
        FuzzyMatcher m = new FuzzyMatcher();
        m.put(unit("tm:1", "Советская Россия подписала договор с Турцией в 1921 году.", "Soviet Russia signed a treaty with Turkey in 1921."));
        m.put(unit("tm:2", "Советская Россия подписала соглашение с Германией в 1922 году.", "Soviet Russia signed an agreement with Germany in 1922."));
        m.put(unit("tm:3", "Экономика Закавказья росла медленно.", "The economy of Transcaucasia grew slowly."));
        List<FuzzyMatcher.Match> found = m.find("Советская Россия подписала договор с Турцией в 1922 году.", 70, 5, null);
        // 10 tokens, one differs from the first unit, two from the second
        assertThat(found).extracting(x -> x.unit().key()).containsExactly("tm:1", "tm:2");
        assertThat(found).extracting(FuzzyMatcher.Match::score).containsExactly(90, 80);
        assertThat(m.find("Экономика Закавказья росла медленно.", 70, 5, null).get(0).score()).isEqualTo(100);
        assertThat(m.find("экономика закавказья росла медленно.", 70, 5, null).get(0).score()).isEqualTo(99);
        assertThat(m.find("Экономика Закавказья росла медленно", 70, 5, null).get(0).score()).isEqualTo(80);
        assertThat(m.find("Совсем другое предложение о погоде.", 50, 5, null)).isEmpty();
    }

    @Test
    void unitsAreReplacedAndRemovedByKeyAndASegmentIsNotItsOwnMatch() {
        FuzzyMatcher m = new FuzzyMatcher();
        m.put(unit("seg:1", "Нарком иностранных дел выступил с заявлением.", "The commissar made a statement."));
        m.put(unit("seg:1", "Нарком иностранных дел выступил с заявлением.", "The People's Commissar for Foreign Affairs made a statement."));
        assertThat(m.size()).isEqualTo(1);
        assertThat(m.find("Нарком иностранных дел выступил с заявлением.", 70, 5, null))
                .extracting(x -> x.unit().target()).containsExactly("The People's Commissar for Foreign Affairs made a statement.");
        assertThat(m.find("Нарком иностранных дел выступил с заявлением.", 70, 5, "seg:1")).isEmpty();
        m.remove("seg:1");
        assertThat(m.size()).isZero();
        assertThat(m.find("Нарком иностранных дел выступил с заявлением.", 70, 5, null)).isEmpty();
    }

    @Test
    void identicalPairsFromSeveralSourcesAreShownOnce() {
        FuzzyMatcher m = new FuzzyMatcher();
        m.put(unit("tm:1", "Антанта ввела блокаду.", "The Entente imposed a blockade."));
        m.put(unit("tm:2", "Антанта ввела блокаду.", "The Entente imposed a blockade."));
        m.put(unit("tm:3", "Антанта ввела блокаду.", "The Allies imposed a blockade."));
        assertThat(m.find("Антанта ввела блокаду.", 70, 5, null)).extracting(x -> x.unit().target())
                .containsExactly("The Entente imposed a blockade.", "The Allies imposed a blockade.");
    }

    @Test
    void differencesMarkTheWordsTheNewSentenceDoesNotShare() {
        List<FuzzyMatcher.Piece> pieces = FuzzyMatcher.differences(
                "Советская Россия подписала договор с Германией в 1922 году.",
                "Советская Россия подписала договор с Турцией в 1921 году.");
        assertThat(pieces).containsExactly(
                new FuzzyMatcher.Piece("Советская Россия подписала договор с ", false),
                new FuzzyMatcher.Piece("Германией", true),
                new FuzzyMatcher.Piece(" в ", false),
                new FuzzyMatcher.Piece("1922", true),
                new FuzzyMatcher.Piece(" году.", false));
        assertThat(FuzzyMatcher.differences("Антанта ввела блокаду.", "Антанта ввела блокаду."))
                .containsExactly(new FuzzyMatcher.Piece("Антанта ввела блокаду.", false));
    }
}
