package vn.vbtrace.cli;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.system.GraphConnection;
import vn.vbtrace.system.LocalServer;
import vn.vbtrace.web.WebServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** Starts the web UI and REST API on 127.0.0.1 and blocks until the server stops. */
@Command(name = "serve", description = "Web UI and REST API on http://127.0.0.1:PORT")
final class ServeCommand extends BaseCommand {

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--ingest-on-first-start", paramLabel = "DIR",
            description = "ingest this folder when the data folder holds no document yet (the shipped corpus)")
    Path corpus;

    @Override
    protected void validate() {
        if (port < 0 || port > 65535) {
            throw usage("--port phải từ 0 đến 65535, không phải " + port);
        }
        Optional<LocalServer> running = LocalServer.find(dataFolder());
        if (running.isPresent()) {
            throw usage("một máy chủ vbtrace (tiến trình " + running.get().pid() + ", cổng " + running.get().port()
                    + ") đang giữ " + dataFolder().root() + ": các lệnh khác đi qua máy chủ đó");
        }
    }

    @Override
    protected int run() throws InterruptedException {
        long started = System.nanoTime();
        // A Neo4j server that refuses the login is one line here, before Spring starts anything around it.
        GraphStore.verifyLogin(GraphConnection.settings(dataFolder()));
        ConfigurableApplicationContext context = WebServer.start(data, port, corpus);
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                LocalServer.withdraw(dataFolder());
                stopped.countDown();
            }
        });
        if (context.isClosed()) {
            // Stopped (SIGTERM, Ctrl-C) during the start's work, an upgraded folder's re-derivation: nothing to announce.
            out().println("vbtrace stopped before its start's work ended");
            return OK;
        }
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        // The command line beside it reads the port (and the owner's token) from the folder.
        LocalServer.announce(dataFolder(), actualPort);
        out().printf("vbtrace is serving %s on http://127.0.0.1:%d (started in %d ms)%n",
                dataFolder().root(), actualPort, (System.nanoTime() - started) / 1_000_000);
        out().flush();
        if (AotTraining.requested()) {
            train(context);
            return OK;
        }
        stopped.await();
        return OK;
    }

    /** The build's AOT training start ({@link AotTraining}): the questions, then the server stops and the JVM ends. */
    private void train(ConfigurableApplicationContext context) {
        long started = System.nanoTime();
        try {
            AotTraining.run(dataFolder());
            out().printf("AOT training: %d rounds of questions and an upload in %d ms%n", AotTraining.ROUNDS,
                    (System.nanoTime() - started) / 1_000_000);
            out().flush();
            // While this server still answers: the command line's own cache, of commands that go through it.
            CliTraining.record(Path.of(System.getProperty("java.class.path")), dataFolder().root());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("AOT training interrupted", e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("AOT training failed: " + e.getMessage(), e);
        } finally {
            context.close();
        }
    }
}
