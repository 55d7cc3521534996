package vn.vbtrace.job;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.ingest.IngestReport;
import vn.vbtrace.ingest.Ingester;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ingest} of files and folders on this machine by the server that holds the data folder, as a job: the same
 * work as an ingest with the stores opened locally (files read in parallel, written in batches of one journal entry,
 * one index commit and one graph transaction), where uploading them one by one made each a batch of its own (600
 * generated documents: 54 s beside a server, 13 s alone). Not kept past a stop: its files stay where they are, and
 * an ingest run again skips those it stored.
 */
public final class FolderIngests {

    private final Jobs jobs;
    private final Ingester ingester;

    public FolderIngests(Jobs jobs, Ingester ingester) {
        this.jobs = jobs;
        this.ingester = ingester;
    }

    /**
     * Queues the ingest of these paths (absolute: the server's working folder is not the caller's).
     *
     * @throws InvalidInputException for no path or a relative one
     * @throws JobRejectedException when the queue is full
     */
    public JobStatus submit(List<String> paths, String submittedBy) {
        if (paths == null || paths.isEmpty()) {
            throw new InvalidInputException("missing-parameter", "hãy cho biết tệp hoặc thư mục cần nạp (paths)");
        }
        List<Path> roots = paths.stream().map(FolderIngests::absolute).toList();
        String label = roots.size() == 1 ? roots.getFirst().toString() : roots.getFirst() + " (+" + (roots.size() - 1) + ")";
        return jobs.submit(Jobs.newId(), label, submittedBy, jobs.now(), 0, progress -> ingest(roots, progress));
    }

    private IngestReport ingest(List<Path> roots, Jobs.Progress progress) {
        AtomicInteger total = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        return ingester.ingest(roots, source -> {
            int n = done.incrementAndGet();
            progress.report(share(n, total.get()), "đã xử lý " + n + "/" + total.get() + " tệp");
        }, count -> {
            total.set(count);
            progress.report(share(0, count), "đã tìm thấy " + count + " tệp");
        });
    }

    /** The job's share done once {@code done} of {@code total} files are: from 0.1 (the files found) to 1. */
    static double share(int done, int total) {
        return 0.1 + 0.9 * done / Math.max(1, total);
    }

    /** The files of {@code total} a running job's share stands for ({@link #share}'s inverse, for a progress bar). */
    public static int filesDone(double share, int total) {
        return (int) Math.min(total, Math.floor(Math.max(0, share - 0.1) / 0.9 * total + 1e-9));
    }

    private static Path absolute(String path) {
        if (path == null || path.isBlank()) {
            throw new InvalidInputException("invalid-path", "đường dẫn trống");
        }
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("invalid-path", "không phải một đường dẫn: " + e.getMessage());
        }
        if (!given.isAbsolute()) {
            throw new InvalidInputException("invalid-path", "đường dẫn phải là đường dẫn tuyệt đối trên máy chủ: " + path);
        }
        return given.normalize();
    }
}
