package app.tandem;

import app.tandem.document.SeedLoader;
import app.tandem.review.WaitingQaOnStart;
import app.tandem.user.InitialAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.OrderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web server takes requests while the start-up runners run: the first account must exist
 * before the seconds-long seed import, or a first sign-in is refused as a wrong password.
 */
class StartupOrderTest {
    @Test
    void theFirstAdminIsCreatedBeforeTheSeedsAreImportedAndTheirQaRuns() {
        int admin = OrderUtils.getOrder(InitialAdmin.class, Integer.MAX_VALUE);
        int seeds = OrderUtils.getOrder(SeedLoader.class, Integer.MAX_VALUE);
        int qa = OrderUtils.getOrder(WaitingQaOnStart.class, Integer.MAX_VALUE);
        assertThat(admin).isLessThan(seeds);
        assertThat(seeds).isLessThan(qa);
    }
}
