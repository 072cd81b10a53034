package app.tandem.cluster;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Locale;

/** Which database Tandem runs on, from the driver (a probing query would abort a PostgreSQL transaction when it fails). */
public final class DatabaseKind {
    private DatabaseKind() {
    }

    public static boolean isH2(JdbcClient jdbc) {
        return jdbc.sql("SELECT 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                .single().toUpperCase(Locale.ROOT).contains("H2");
    }
}
