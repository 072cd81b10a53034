package app.tandem.review;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the web app's start (after the seeds), the segments still waiting for QA are checked in the
 * background: those changed just before the last stop or crash, by commands, or imported with
 * English in them. Commands do not start this pass (their QA service only marks).
 */
@Component
@Order(100)
public class WaitingQaOnStart implements ApplicationRunner {
    private final QaService qa;

    public WaitingQaOnStart(QaService qa) {
        this.qa = qa;
    }

    @Override
    public void run(ApplicationArguments args) {
        qa.checkWaitingSegmentsInBackground();
    }
}
