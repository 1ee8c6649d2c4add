package id.talenta.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Kills and restarts services of the running platform through ./talenta, as an operator would. */
final class ServiceProcess {

    private ServiceProcess() {}

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("talenta"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "./talenta not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** SIGKILL: no graceful shutdown, whatever was in flight is cut off. */
    static void kill(String service) throws IOException, InterruptedException {
        String pid = Files.readString(root().resolve(".talenta/pids/" + service + ".pid"))
                .trim();
        new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(h -> h.onExit().join());
    }

    /** ./talenta up: starts whatever is not running and waits until every service is ready. */
    static void start() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("./talenta", "up")
                .directory(root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("./talenta up failed to restart the platform");
        }
    }
}
