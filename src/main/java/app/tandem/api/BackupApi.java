package app.tandem.api;

import app.tandem.cluster.BackupService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

@RestController
@Tag(name = "Backup", description = "A consistent copy of the embedded database while the app runs")
class BackupApi {
    private final BackupService backups;

    BackupApi(BackupService backups) {
        this.backups = backups;
    }

    /** Written on the request's own thread: an asynchronous body would be sent after the token's sign-in has ended. */
    @GetMapping("/api/v1/backup")
    @Operation(summary = "Admins: a zip of the H2 database as of this moment (restore it with the restore command); on PostgreSQL use pg_dump")
    void backup(HttpServletResponse response) throws IOException {
        Path zip = Files.createTempFile("tandem-backup", ".zip");
        try {
            Files.delete(zip); // BACKUP TO creates the file itself
            try {
                backups.backupTo(zip);
            } catch (IllegalStateException postgres) {
                throw new ApiException(HttpStatus.NOT_IMPLEMENTED, postgres.getMessage());
            }
            response.setContentType("application/zip");
            response.setContentLengthLong(Files.size(zip));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("tandem-backup.zip").build().toString());
            Files.copy(zip, response.getOutputStream());
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
