package app.tandem.cluster;

import app.tandem.user.CurrentUser;
import app.tandem.user.Role;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a load run needs to know of the server (admins, signed in as in the browser): the heap in
 * use after a full collection — so that what open workbenches hold is told from garbage —, the
 * process's CPU time and the database pool's state. It collects garbage on purpose: an admin's
 * measuring tool, not a health check to poll.
 */
@RestController
@ConditionalOnWebApplication
class ServerLoadEndpoint {
    private final DataSource dataSource;

    ServerLoadEndpoint(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping(value = "/admin/load", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> load() {
        CurrentUser.require("read the server's load", Role.ADMIN);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // two collections: objects with finalizers or reference queues need a second pass to go
        memory.gc();
        memory.gc();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("heapUsedAfterGc", memory.getHeapMemoryUsage().getUsed());
        answer.put("heapMax", memory.getHeapMemoryUsage().getMax());
        var os = ManagementFactory.getOperatingSystemMXBean();
        answer.put("processCpuNanos", os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1);
        answer.put("cores", Runtime.getRuntime().availableProcessors());
        answer.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            answer.put("poolSize", pool.getTotalConnections());
            answer.put("poolActive", pool.getActiveConnections());
            answer.put("poolWaiting", pool.getThreadsAwaitingConnection());
        }
        return answer;
    }
}
