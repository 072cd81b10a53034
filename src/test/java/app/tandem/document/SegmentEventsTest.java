package app.tandem.document;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SegmentEventsTest {
    @Test
    void aScreenThatCannotBeToldNeitherFailsTheChangeNorSilencesTheOthers() {
        SegmentEvents events = new SegmentEvents();
        List<Long> heard = new ArrayList<>();
        events.subscribe(7, id -> {
            throw new IllegalStateException("the tab closed as the change came");
        });
        events.subscribe(7, heard::add);
        assertThatCode(() -> events.changed(7, 42)).doesNotThrowAnyException();
        assertThat(heard).containsExactly(42L);
    }
}
