package app.tandem.tm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Units and segments stored before exact matching existed get their keys once, on the first
 * start after the upgrade (the normalisation is Java's, so a migration script cannot do it).
 */
@Component
class MemoryKeysOnStart implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryKeysOnStart.class);
    private final MemoryRepository units;

    MemoryKeysOnStart(MemoryRepository units) {
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = units.fillMissingKeys();
        if (filled > 0) {
            LOG.info("filled in the match keys of {} memory units and segments", filled);
        }
    }
}
