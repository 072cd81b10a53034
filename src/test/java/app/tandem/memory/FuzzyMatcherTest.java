package app.tandem.memory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzyMatcherTest {
    private static FuzzyMatcher.Unit unit(long id, String ru, String en) {
        return unit(id, 0, ru, en);
    }

    private static FuzzyMatcher.Unit unit(long id, long segment, String ru, String en) {
        return new FuzzyMatcher.Unit(id, segment, ru, en, "test");
    }

    @Test
    void scoresByWordEditsAndOrdersBestFirst() {
        FuzzyMatcher m = new FuzzyMatcher();
        m.put(unit(1, "Советская Россия подписала договор с Турцией в 1921 году.", "Soviet Russia signed a treaty with Turkey in 1921."));
        m.put(unit(2, "Советская Россия подписала соглашение с Германией в 1922 году.", "Soviet Russia signed an agreement with Germany in 1922."));
        m.put(unit(3, "Экономика Закавказья росла медленно.", "The economy of Transcaucasia grew slowly."));
        List<FuzzyMatcher.Match> found = m.find("Советская Россия подписала договор с Турцией в 1922 году.", 70, 5, 0);
        // 10 tokens, one differs from the first unit, two from the second
        assertThat(found).extracting(x -> x.unit().id()).containsExactly(1L, 2L);
        assertThat(found).extracting(FuzzyMatcher.Match::score).containsExactly(90, 80);
        assertThat(m.find("Экономика Закавказья росла медленно.", 70, 5, 0).get(0).score()).isEqualTo(100);
        assertThat(m.find("экономика закавказья росла медленно.", 70, 5, 0).get(0).score()).isEqualTo(99);
        assertThat(m.find("Экономика Закавказья росла медленно", 70, 5, 0).get(0).score()).isEqualTo(80);
        assertThat(m.find("Совсем другое предложение о погоде.", 50, 5, 0)).isEmpty();
    }

    @Test
    void unitsAreReplacedAndRemovedByKeyAndASegmentIsNotItsOwnMatch() {
        FuzzyMatcher m = new FuzzyMatcher();
        m.put(unit(7, 1, "Нарком иностранных дел выступил с заявлением.", "The commissar made a statement."));
        m.put(unit(7, 1, "Нарком иностранных дел выступил с заявлением.", "The People's Commissar for Foreign Affairs made a statement."));
        assertThat(m.size()).isEqualTo(1);
        assertThat(m.find("Нарком иностранных дел выступил с заявлением.", 70, 5, 0))
                .extracting(x -> x.unit().target()).containsExactly("The People's Commissar for Foreign Affairs made a statement.");
        assertThat(m.find("Нарком иностранных дел выступил с заявлением.", 70, 5, 1)).isEmpty();
        m.remove(7);
        assertThat(m.size()).isZero();
        assertThat(m.find("Нарком иностранных дел выступил с заявлением.", 70, 5, 0)).isEmpty();
    }

    @Test
    void identicalPairsFromSeveralSourcesAreShownOnce() {
        FuzzyMatcher m = new FuzzyMatcher();
        m.put(unit(1, "Антанта ввела блокаду.", "The Entente imposed a blockade."));
        m.put(unit(2, "Антанта ввела блокаду.", "The Entente imposed a blockade."));
        m.put(unit(3, "Антанта ввела блокаду.", "The Allies imposed a blockade."));
        assertThat(m.find("Антанта ввела блокаду.", 70, 5, 0)).extracting(x -> x.unit().target())
                .containsExactly("The Entente imposed a blockade.", "The Allies imposed a blockade.");
    }

    @Test
    void withALoaderOnlyTheReturnedUnitsAreReadAndTheSameMatchesAreFound() {
        Map<Long, FuzzyMatcher.Unit> store = new HashMap<>();
        List<Collection<Long>> asked = new ArrayList<>();
        FuzzyMatcher m = new FuzzyMatcher(ids -> {
            asked.add(List.copyOf(ids));
            Map<Long, FuzzyMatcher.Unit> out = new HashMap<>();
            ids.forEach(id -> out.put(id, store.get(id)));
            return out;
        });
        FuzzyMatcher kept = new FuzzyMatcher();
        for (int i = 0; i < 200; i++) {
            FuzzyMatcher.Unit u = unit(i, "Договор номер " + i + " подписали в городе " + (i % 7) + " летом.", "Treaty " + i + ".");
            store.put((long) i, u);
            m.put(new FuzzyMatcher.Unit(u.id(), 0, u.source(), u.target(), null));
            kept.put(u);
        }
        String q = "Договор номер 17 подписали в городе 3 летом.";
        assertThat(m.find(q, 60, 3, 0)).isEqualTo(kept.find(q, 60, 3, 0));
        assertThat(m.find(q, 60, 3, 0).get(0).unit().target()).isEqualTo("Treaty 17.");
        assertThat(asked.get(0).size()).isLessThanOrEqualTo(12);
    }

    @Test
    void concordanceCandidatesHaveAWordStartingWithEveryPrefix() {
        FuzzyMatcher m = new FuzzyMatcher();
        m.put(unit(1, "Внешняя политика страны.", "Foreign policy of the country."));
        m.put(unit(2, "Вопросы внешней политики.", "Questions of foreign policies."));
        m.put(unit(3, "Внешний вид документа.", "The document's appearance."));
        m.put(unit(4, "Политика внутренняя.", "Domestic policy."));
        assertThat(m.containingPrefixes(List.of("внешн", "полити"), false, 10)).containsExactly(1L, 2L);
        assertThat(m.containingPrefixes(List.of("polic"), true, 10)).containsExactly(1L, 2L, 4L);
        m.remove(2);
        assertThat(m.containingPrefixes(List.of("внешн", "полити"), false, 10)).containsExactly(1L);
        assertThat(m.containingPrefixes(List.of("нет"), false, 10)).isEmpty();
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

    @Test
    void aMarkerOrCodeTheMatchLacksIsShownWhereTheCurrentSentenceHasIt() {
        assertThat(FuzzyMatcher.differences("Договор был подписан в 1922 г.", "Договор был подписан в 1922 г.¹")).containsExactly(
                new FuzzyMatcher.Piece("Договор был подписан в 1922 г.", false),
                new FuzzyMatcher.Piece("¹", true, true));
        assertThat(FuzzyMatcher.differences("Договор был подписан в Рапалло.", "Договор² был подписан в ⟨i⟩Рапалло⟨/i⟩.")).containsExactly(
                new FuzzyMatcher.Piece("Договор", false),
                new FuzzyMatcher.Piece("²", true, true),
                new FuzzyMatcher.Piece(" был подписан в ", false),
                new FuzzyMatcher.Piece("⟨i⟩", true, true),
                new FuzzyMatcher.Piece("Рапалло", false),
                new FuzzyMatcher.Piece("⟨/i⟩", true, true),
                new FuzzyMatcher.Piece(".", false));
        // a word the match lacks is no code: the match is shown as it is
        assertThat(FuzzyMatcher.differences("Договор был подписан.", "Договор был подписан вчера."))
                .containsExactly(new FuzzyMatcher.Piece("Договор был подписан.", false));
    }
}
