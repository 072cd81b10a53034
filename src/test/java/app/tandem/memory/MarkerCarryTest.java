package app.tandem.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkerCarryTest {
    @Test
    void theMarkerClosingTheSourceClosesTheMatchsEnglish() {
        assertThat(MarkerCarry.carry("Договор был подписан в 1922 г.¹", "Договор был подписан в 1922 г.", "The treaty was signed in 1922."))
                .isEqualTo("The treaty was signed in 1922.¹");
        assertThat(MarkerCarry.carry("Договор был подписан в 1922 г.¹²", "Договор был подписан в 1922 г.", "The treaty was signed in 1922. "))
                .isEqualTo("The treaty was signed in 1922.¹² ");
    }

    @Test
    void aMatchThatHasTheMarkerOrAMarkerOfItsOwnIsLeftAsItIs() {
        assertThat(MarkerCarry.carry("Договор подписан.¹", "Договор подписан.¹", "The treaty was signed.¹")).isEqualTo("The treaty was signed.¹");
        assertThat(MarkerCarry.carry("Договор подписан.³", "Договор подписан.¹", "The treaty was signed.¹")).isEqualTo("The treaty was signed.¹");
        assertThat(MarkerCarry.carry("Договор¹ подписан.", "Договор подписан.", "The treaty was signed.")).isEqualTo("The treaty was signed.");
        assertThat(MarkerCarry.carry("Договор подписан.", "Договор подписан.", "The treaty was signed.")).isEqualTo("The treaty was signed.");
    }
}
