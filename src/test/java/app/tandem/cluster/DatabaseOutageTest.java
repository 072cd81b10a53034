package app.tandem.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {
    @Test
    void connectionFailuresAndShutdownsAreAnOutageARefusedRowIsNot() {
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("pool timed out"))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("constraint"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalArgumentException("a title cannot be empty"))).isFalse();
    }

    @Test
    void aRollbackThatFailsAfterTheDatabaseWentAwayIsAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(DatabaseOutage.isCause(rollback)).isTrue();
        TransactionSystemException withCause = new TransactionSystemException("JDBC commit failed");
        withCause.initApplicationException(new RuntimeException(new SQLException("gone", "08003")));
        assertThat(DatabaseOutage.isCause(withCause)).isTrue();
        assertThat(DatabaseOutage.isCause(new TransactionSystemException("JDBC commit failed"))).isFalse();
    }
}
