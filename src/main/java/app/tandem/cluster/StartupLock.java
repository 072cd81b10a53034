package app.tandem.cluster;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * First-start work (the first admin, the demo seeds) done by one node at a time: the work runs in a
 * transaction holding a row lock of {@code startup_lock}, so a node starting beside another waits,
 * then finds the work done and does nothing.
 */
@Component
public class StartupLock {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public StartupLock(JdbcClient jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
    }

    public <T> T exclusively(Supplier<T> work) {
        return tx.execute(status -> {
            jdbc.sql("SELECT name FROM startup_lock WHERE name = 'initial-data' FOR UPDATE").query(String.class).list();
            return work.get();
        });
    }
}
