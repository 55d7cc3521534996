package vn.vbtrace.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The requests a server is answering: how many now, and when the last one ended. Work of its own waits for a lull. */
public final class ServerActivity {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong lastEnded = new AtomicLong(System.nanoTime());

    public void begin() {
        inFlight.incrementAndGet();
    }

    public void end() {
        lastEnded.set(System.nanoTime());
        inFlight.decrementAndGet();
    }

    /** No request is being answered, and none ended within {@code quiet}. */
    public boolean idleFor(Duration quiet) {
        return inFlight.get() == 0 && System.nanoTime() - lastEnded.get() >= quiet.toNanos();
    }
}
