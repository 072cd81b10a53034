package app.tandem.cluster;

import app.tandem.document.SegmentEvents;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Live edits across the nodes of one PostgreSQL database, with its LISTEN/NOTIFY and no broker.
 * Every node (and every command) sends {@code node:document:segment} on the channel when a segment
 * changes; the notification leaves at commit, carries ids only (far under the 8000-byte limit), and
 * each web node's listener tells its open editors, which read the segment themselves. The listener
 * has a connection of its own outside the pool, because waiting for notifications blocks it.
 * Nothing is kept for a listener that was away, so after every reconnect each open document is
 * refreshed whole. On H2 (one node) this does nothing.
 */
@Component
public class PostgresEventRelay implements ApplicationRunner, DisposableBean {
    static final String CHANNEL = "tandem_segments";
    private static final Logger log = LoggerFactory.getLogger(PostgresEventRelay.class);

    private final SegmentEvents events;
    private final JdbcClient jdbc;
    private final DataSourceProperties dataSource;
    private final ApplicationContext context;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    public PostgresEventRelay(SegmentEvents events, JdbcClient jdbc, DataSourceProperties dataSource, ApplicationContext context) {
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String url = dataSource.determineUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        events.relayTo((documentId, segmentId) -> jdbc.sql("SELECT pg_notify('" + CHANNEL + "', ?)")
                .param(node + ":" + documentId + ":" + segmentId).query((rs, n) -> 1).list());
        if (context instanceof WebApplicationContext) {
            running = true;
            listener = new Thread(() -> listen(url), "postgres-event-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    private void listen(String url) {
        boolean first = true;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, dataSource.determineUsername(), dataSource.determinePassword())) {
                listening = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    // what was sent while this node was not listening is lost: redraw every open document
                    events.openDocuments().forEach(doc -> events.refreshedFromElsewhere(doc, -1));
                    log.info("Listening to other nodes' changes again");
                }
                first = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(5000);
                    if (received != null) {
                        for (PGNotification n : received) {
                            deliver(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the connection that listens to other nodes' changes ({}); reconnecting", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void deliver(String payload) {
        String[] parts = payload.split(":");
        if (parts.length != 3 || parts[0].equals(node)) {
            return;
        }
        try {
            events.refreshedFromElsewhere(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (NumberFormatException e) {
            log.warn("Ignored a malformed notification on {}: {}", CHANNEL, payload);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        running = false;
        Connection c = listening;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing on shutdown
            }
        }
    }
}
