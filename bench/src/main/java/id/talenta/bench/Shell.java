package id.talenta.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs an external program (pgbench, psql, Kafka's tools) with a timeout and captures what it printed. */
final class Shell {

    record Result(List<String> command, int exit, String out, String err, long elapsedNanos) {
        boolean ok() {
            return exit == 0;
        }

        Result require() {
            if (exit != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " exited with " + exit + ": " + tail(err.isBlank() ? out : err));
            }
            return this;
        }

        double seconds() {
            return elapsedNanos / 1e9;
        }

        Optional<String> find(String regex) {
            Matcher m = Pattern.compile(regex).matcher(out + "\n" + err);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        private static String tail(String s) {
            String t = s.strip();
            return t.length() > 800 ? "…" + t.substring(t.length() - 800) : t;
        }
    }

    private Shell() {}

    static Result run(Duration timeout, File dir, List<String> command) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("bench-out", ".txt");
            err = Files.createTempFile("bench-err", ".txt");
            ProcessBuilder pb =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (dir != null) {
                pb.directory(dir);
            }
            pb.environment().putIfAbsent("PGCONNECT_TIMEOUT", "10");
            long start = System.nanoTime();
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroy();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                throw new IllegalStateException(
                        String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
            }
            long elapsed = System.nanoTime() - start;
            return new Result(
                    command,
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8),
                    elapsed);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            try {
                if (out != null) {
                    Files.deleteIfExists(out);
                }
                if (err != null) {
                    Files.deleteIfExists(err);
                }
            } catch (IOException ignored) {
                // temp files
            }
        }
    }
}
