package vn.vbtrace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbtrace.web.TestServer.get;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import vn.vbtrace.security.LocalToken;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.LoopbackClient;
import vn.vbtrace.system.RequestWarmup;
import vn.vbtrace.system.ServerActivity;
import vn.vbtrace.system.VbtraceProperties;

/**
 * The warm-up after a start, asked of the real server with the shipped corpus over HTTP, as it asks its own: every kind
 * of request staff make is asked and answered, and none while a user's request is being answered.
 */
class RequestWarmupIT {

    @Test
    void asksEveryKindOfRequestOfTheRepositorysOwnDocumentsAndEachIsAnswered() throws Exception {
        ServerActivity activity = TestServer.context().getBean(ServerActivity.class);
        RequestWarmup.Report report;
        LoopbackClient client = client(activity);
        try (client) {
            report = RequestWarmup.run(client, 5, activity, new VbtraceProperties.Warmup(64, 1, Duration.ofSeconds(1)));
        }

        assertThat(report.requests()).as("64 asked: the compiler is read every 100 only").isEqualTo(64).isEqualTo(client.sent());
        assertThat(report.asked().keySet()).as("searches, pages, chains at depth 1 and 3, the most cited's, ai ..., a check")
                .containsExactlyInAnyOrder(RequestWarmup.Kind.values());
        assertThat(report.answered()).as("every request answered 2xx").isEqualTo(report.asked());
        assertThat(report.asked().get(RequestWarmup.Kind.SEARCH)).as("searches most: every other request").isGreaterThanOrEqualTo(32);
        // Its own requests carry the server's mark and are not counted as a user's: had they been, each would have waited
        // a second of quiet after the one before (64 s in all).
        assertThat(report.millis()).as("ms for 64 requests, 1 s of quiet asked before each").isLessThan(32_000);
    }

    @Test
    void asksNothingWhileAUsersRequestIsAnsweredAndGoesOnAfterALull() throws Exception {
        ServerActivity users = new ServerActivity();
        LoopbackClient client = client(users);
        users.begin();
        CompletableFuture<RequestWarmup.Report> warmup = CompletableFuture.supplyAsync(() -> {
            try {
                return RequestWarmup.run(client, 5, users, new VbtraceProperties.Warmup(5, 1, Duration.ofMillis(50)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertThat(client.sent()).as("requests sent while a user's is being answered").isZero();

        users.end();
        assertThat(warmup.get(60, TimeUnit.SECONDS).requests()).isEqualTo(5);
        assertThat(client.sent()).isEqualTo(5);
        client.close();
    }

    @Test
    void aRepositoryUnderTheSizeWorthWarmingIsNotAskedAndHealthSaysSo() throws Exception {
        try (LoopbackClient client = client(new ServerActivity())) {
            RequestWarmup.Report report = RequestWarmup.run(client, 5, new ServerActivity(), new VbtraceProperties.Warmup(4000, 10_000, Duration.ZERO));
            assertThat(report.requests()).isZero();
            assertThat(client.sent()).isZero();
        }

        // The corpus's five documents are under the default size: after the upload rehearsal, health says "off".
        String state = null;
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < end; Thread.sleep(200)) {
            state = get("/api/health").json().get("warmup").asString();
            if (!state.equals("pending")) {
                break;
            }
        }
        assertThat(state).isEqualTo("off");
    }

    private static LoopbackClient client(ServerActivity activity) {
        int port = ((WebServerApplicationContext) TestServer.context()).getWebServer().getPort();
        VbtraceProperties settings = TestServer.context().getBean(VbtraceProperties.class);
        return new LoopbackClient(port, activity, LocalToken.read(new DataFolder(settings.data()).localToken()));
    }
}
