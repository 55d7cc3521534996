package vn.vbtrace.system;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requests a server is answering: how many now, and when the last one ended. Work of its own waits for a lull.
 * The server's own requests (the warm-up's) carry {@link #MARK_HEADER} with this process's random mark, and are not
 * counted: a user cannot forge the mark, so no client makes the warm-up take its time.
 */
public final class ServerActivity {

    /** The header of a request the server sent itself. */
    public static final String MARK_HEADER = "X-Vbtrace-Warmup";

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong lastEnded = new AtomicLong(System.nanoTime());
    private final String mark = randomMark();

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

    private static String randomMark() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** What the server's own requests carry in {@link #MARK_HEADER}. */
    String mark() {
        return mark;
    }

    /** Whether a request's {@link #MARK_HEADER} says the server sent it itself. */
    public boolean isOwn(String header) {
        return mark.equals(header);
    }
}
