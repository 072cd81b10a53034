package app.tandem.cluster;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database is away (stopped, restarting, unreachable, its connections
 * cut) rather than that the request was wrong: then nothing of the request was stored and the same
 * request may be sent again once it is back. Told by SQL state class 08 (connection exception) and
 * 57P (operator intervention: shutdown, crash recovery), by the pool's connection timeout, and by
 * Spring's own names for those.
 */
public final class DatabaseOutage {
    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.springframework.transaction.TransactionSystemException tse) {
                // a rollback that fails took the failure that caused it along as the "application exception";
                // a rollback fails on a connection that is gone: nothing was committed either way
                if (tse.getApplicationException() != null && isCause(tse.getApplicationException())) {
                    return true;
                }
                if (tse.getMessage() != null && tse.getMessage().contains("rollback") && tse.getCause() instanceof SQLException) {
                    return true;
                }
            }
            if (c instanceof org.springframework.dao.DataAccessResourceFailureException
                    || c instanceof org.springframework.transaction.CannotCreateTransactionException
                    || c instanceof SQLTransientConnectionException
                    || c instanceof java.net.ConnectException) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
