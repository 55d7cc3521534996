package vn.vbtrace.job;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobsTests {

    private static final Instant AT = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void aFullQueueRefusesNewUploadsButTakesBackEveryJobAcceptedBeforeAStop() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        try (Jobs jobs = new Jobs(1, 1, 1 << 20, Clock.systemUTC())) {
            jobs.submit(Jobs.newId(), "blocking.txt", "editor", AT, 10, progress -> {
                started.countDown();
                return release.await(30, TimeUnit.SECONDS);
            });
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue(); // the one worker took it: the queue is empty
            jobs.submit(Jobs.newId(), "waiting.txt", "editor", AT, 10, progress -> ran.add("waiting.txt"));
            assertThatThrownBy(() -> jobs.submit(Jobs.newId(), "one too many.txt", "editor", AT, 10, progress -> "never"))
                    .isInstanceOf(JobRejectedException.class).hasMessageContaining("1 tệp đang chờ");

            List<String> resumed = List.of(Jobs.newId(), Jobs.newId(), Jobs.newId());
            for (String id : resumed) {
                JobStatus status = jobs.resume(id, id + ".txt", "editor", AT, progress -> ran.add(id + ".txt"));
                assertThat(status.job()).isEqualTo(id);
                assertThat(status.status()).isEqualTo(Jobs.QUEUED);
            }
            release.countDown();
            for (String id : resumed) {
                assertThat(jobs.await(id, Duration.ofSeconds(30)).status()).isEqualTo(Jobs.DONE);
            }
            assertThat(ran).containsExactly("waiting.txt", resumed.get(0) + ".txt", resumed.get(1) + ".txt", resumed.get(2) + ".txt");
        }
    }

    @Test
    void aStopLetsTheRunningJobEndAndBeginsNoneOfThoseWaiting() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        Jobs jobs = new Jobs(1, 10, 1 << 20, Clock.systemUTC());
        String running = Jobs.newId();
        jobs.submit(running, "running.txt", "editor", AT, 1, progress -> {
            started.countDown();
            Thread.sleep(300);
            return ran.add("running.txt");
        });
        started.await(30, TimeUnit.SECONDS);
        String waiting = Jobs.newId();
        jobs.submit(waiting, "waiting.txt", "editor", AT, 1, progress -> ran.add("waiting.txt"));

        jobs.close();

        assertThat(ran).containsExactly("running.txt");
        assertThat(jobs.status(running).orElseThrow().status()).isEqualTo(Jobs.DONE);
        assertThat(jobs.status(waiting).orElseThrow().status()).isEqualTo(Jobs.QUEUED);
    }

    @Test
    void eachJobsEndIsToldAndAnEndedJobIsAnsweredAgainAfterARestart() throws Exception {
        List<JobStatus> told = new CopyOnWriteArrayList<>();
        String id = Jobs.newId();
        try (Jobs jobs = new Jobs(1, 10, 1 << 20, Clock.systemUTC(), told::add)) {
            jobs.submit(id, "plan.txt", "bientap", AT, 1, progress -> java.util.Map.of("status", "ingested", "id", "n1"));
            jobs.await(id, Duration.ofSeconds(30));
        }
        assertThat(told).singleElement().satisfies(status -> {
            assertThat(status.job()).isEqualTo(id);
            assertThat(status.status()).isEqualTo(Jobs.DONE);
            assertThat(status.result()).isEqualTo(java.util.Map.of("status", "ingested", "id", "n1"));
        });

        try (Jobs restarted = new Jobs(1, 10, 1 << 20, Clock.systemUTC())) {
            restarted.restore(told.getFirst());
            assertThat(restarted.status(id)).contains(told.getFirst());
            assertThat(restarted.await(id, Duration.ZERO)).isEqualTo(told.getFirst());
        }
    }
}
