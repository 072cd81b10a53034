package app.tandem.align;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionDiffTest {
    private static final List<String> OLD = List.of(
            "Переговоры начались в апреле 1922 г.",
            "Делегация прибыла в Геную поездом.",
            "Итоги конференции оценивались по-разному.",
            "Советская сторона настаивала на признании.",
            "Вопрос о долгах остался нерешённым.");

    private static String kinds(List<VersionDiff.Step> steps) {
        StringBuilder sb = new StringBuilder();
        steps.forEach(s -> sb.append(s.kind().name().charAt(0)));
        return sb.toString();
    }

    @Test
    void sameVersionKeepsEverySentence() {
        assertThat(kinds(VersionDiff.of(OLD, OLD))).isEqualTo("KKKKK");
    }

    @Test
    void aRewordedSentenceIsChangedAnInsertedOneAddedADroppedOneRemoved() {
        List<String> fresh = new ArrayList<>(OLD);
        fresh.set(1, "Делегация прибыла в Геную поездом 6 апреля.");
        fresh.add(3, "Английская делегация предложила компромисс по долгам.");
        fresh.remove(5); // "Вопрос о долгах…", pushed to 5 by the insertion, goes
        List<VersionDiff.Step> steps = VersionDiff.of(OLD, fresh);
        assertThat(kinds(steps)).isEqualTo("KCKAKR");
        VersionDiff.Step changed = steps.get(1);
        assertThat(changed.oldIndex()).isEqualTo(1);
        assertThat(changed.newIndex()).isEqualTo(1);
        assertThat(changed.score()).isBetween(VersionDiff.CHANGED_MIN_SCORE, 99);
    }

    @Test
    void aSentenceRewrittenBeyondRecognitionIsRemovedAndAddedNotPaired() {
        List<String> fresh = new ArrayList<>(OLD);
        fresh.set(2, "Совсем другое утверждение без общих слов.");
        assertThat(kinds(VersionDiff.of(OLD, fresh))).isEqualTo("KKRAKK");
    }

    @Test
    void whitespaceAloneIsNoChange() {
        List<String> fresh = OLD.stream().map(s -> s.replace(" ", "  ")).toList();
        assertThat(kinds(VersionDiff.of(OLD, fresh))).isEqualTo("KKKKK");
    }

    @Test
    void longVersionsAreLinedUpThroughUniqueSentencesWithoutAQuadraticTable() {
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            old.add("Предложение номер " + i + " о внешней политике.");
        }
        List<String> fresh = new ArrayList<>(old);
        fresh.remove(10);
        fresh.add(3000, "Новое предложение посередине текста.");
        fresh.set(5990, "Предложение номер 5990 о внешней политике России.");
        List<VersionDiff.Step> steps = VersionDiff.of(old, fresh);
        assertThat(steps.stream().filter(s -> s.kind() == VersionDiff.Kind.KEPT)).hasSize(5998);
        assertThat(steps.stream().filter(s -> s.kind() == VersionDiff.Kind.REMOVED)).extracting(VersionDiff.Step::oldIndex).containsExactly(10);
        assertThat(steps.stream().filter(s -> s.kind() == VersionDiff.Kind.ADDED)).extracting(VersionDiff.Step::newIndex).containsExactly(3000);
        assertThat(steps.stream().filter(s -> s.kind() == VersionDiff.Kind.CHANGED)).extracting(VersionDiff.Step::oldIndex).containsExactly(5990);
        // every new sentence appears once, in order
        assertThat(steps.stream().filter(s -> s.newIndex() >= 0).map(VersionDiff.Step::newIndex).toList())
                .isEqualTo(java.util.stream.IntStream.range(0, fresh.size()).boxed().toList());
    }

    @Test
    void aLongTextWhoseSentencesAllRecurIsWalkedInStepNotDroppedWhole() {
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            old.add(OLD.get(i % OLD.size()));
        }
        List<String> fresh = new ArrayList<>(old);
        fresh.set(5, fresh.get(5).replace(".", " ещё раз."));
        fresh.add(3000, "Вставка посередине.");
        fresh.set(5990, fresh.get(5990).replace(".", " в конце."));
        List<VersionDiff.Step> steps = VersionDiff.of(old, fresh);
        assertThat(steps.stream().filter(s -> s.kind() == VersionDiff.Kind.KEPT)).hasSize(5998);
        assertThat(steps.stream().filter(s -> s.kind() == VersionDiff.Kind.CHANGED)).extracting(VersionDiff.Step::oldIndex).containsExactly(5, 5989);
        assertThat(steps.stream().filter(s -> s.kind() == VersionDiff.Kind.ADDED)).extracting(VersionDiff.Step::newIndex).containsExactly(3000);
    }
}
