package app.tandem.align;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GaleChurchAlignerTest {
    private final GaleChurchAligner aligner = GaleChurchAligner.withLexicalEvidence();

    @Test
    void oneToOneWithNumbersAndNames() {
        List<String> ru = List.of(
                "Генуэзская конференция открылась 10 апреля 1922 г.",
                "Советскую делегацию возглавлял Г. В. Чичерин.",
                "Рапалльский договор был подписан 16 апреля 1922 г. с Германией.");
        List<String> en = List.of(
                "The Genoa Conference opened on April 10, 1922.",
                "The Soviet delegation was headed by G. V. Chicherin.",
                "The Treaty of Rapallo with Germany was signed on April 16, 1922.");
        List<Bead> beads = aligner.align(ru, en);
        assertThat(beads).extracting(Bead::ru).containsExactly(List.of(0), List.of(1), List.of(2));
        assertThat(beads).extracting(Bead::en).containsExactly(List.of(0), List.of(1), List.of(2));
        assertThat(beads).allMatch(b -> b.confidence() >= 0 && b.confidence() <= 1);
    }

    @Test
    void oneRussianSentenceTranslatedByTwo() {
        List<String> ru = List.of(
                "В 1917–1922 гг. Советская Россия проводила в Закавказье сложную политику, сочетая прагматизм и национализм, и в итоге одержала победу.",
                "Эта победа изменила регион.");
        List<String> en = List.of(
                "In 1917-1922 Soviet Russia pursued a complex policy in Transcaucasia, combining pragmatism and nationalism.",
                "In the end it won.",
                "This victory changed the region.");
        List<Bead> beads = aligner.align(ru, en);
        assertThat(beads.get(0).ru()).containsExactly(0);
        assertThat(beads.get(0).en()).containsExactly(0, 1);
        assertThat(beads.get(1).en()).containsExactly(2);
    }

    @Test
    void everySentenceOfBothSidesIsCovered() {
        List<String> ru = List.of("Первое предложение.", "Второе предложение о 1921 годе.", "Третье.", "Четвёртое предложение текста.");
        List<String> en = List.of("First sentence.", "Third.");
        List<Bead> beads = aligner.align(ru, en);
        assertThat(beads.stream().flatMap(b -> b.ru().stream())).containsExactly(0, 1, 2, 3);
        assertThat(beads.stream().flatMap(b -> b.en().stream())).containsExactly(0, 1);
    }

    @Test
    void emptySidesGiveOnlyInsertionsOrDeletions() {
        assertThat(aligner.align(List.of("Одно."), List.of())).containsExactly(new Bead(List.of(0), List.of(), 0.2));
        assertThat(aligner.align(List.of(), List.of())).isEmpty();
    }
}
