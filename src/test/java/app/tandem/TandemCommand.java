package app.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar run as a command, as a user or a script would: {@code java -jar target/tandem.jar ARGS}. */
public final class TandemCommand {
    public record Result(int exit, String out, String err) {
    }

    private TandemCommand() {
    }

    /** Runs the command with its output collected in files under {@code workDir}. */
    public static Result run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runWithJvm(workDir, env, List.of(), args);
    }

    /** With options for the JVM, such as a small heap ({@code -Xmx512m}). */
    public static Result runWithJvm(Path workDir, Map<String, String> env, List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", "target/tandem.jar"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("tandem " + String.join(" ", args) + " finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** {@code token create --user USER} with the database arguments; returns the token, the output's last line. */
    public static String createToken(Path workDir, String user, String... databaseArgs) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("token", "create", "--user", user));
        args.addAll(List.of(databaseArgs));
        Result r = run(workDir, args.toArray(new String[0]));
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().strip().lines().toList();
        return lines.get(lines.size() - 1).strip();
    }

    public static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), args);
    }
}
