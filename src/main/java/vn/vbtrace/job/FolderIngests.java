package vn.vbtrace.job;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.Json;
import vn.vbtrace.ingest.IngestReport;
import vn.vbtrace.ingest.Ingester;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ingest} of files and folders on this machine by the server that holds the data folder, as a job: the same
 * work as an ingest with the stores opened locally (files read in parallel, written in batches of one journal entry,
 * one index commit and one graph transaction), where uploading them one by one made each a batch of its own (600
 * generated documents: 54 s beside a server, 13 s alone). Kept past a stop like an upload ({@link JobSpool}: its
 * paths, until the job has its answer): a server stopped or killed during a folder's ingest takes it up again at its
 * next start, under the same job id, and the files it stored before the stop are met as unchanged.
 */
public final class FolderIngests {

    private final KeptJobs kept;
    private final Ingester ingester;
    private final JobSpool spool;

    public FolderIngests(KeptJobs kept, Ingester ingester, JobSpool spool) {
        this.kept = kept;
        this.ingester = ingester;
        this.spool = spool;
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
        List<String> roots = paths.stream().map(FolderIngests::absolute).map(Path::toString).toList();
        String label = roots.size() == 1 ? roots.getFirst() : roots.getFirst() + " (+" + (roots.size() - 1) + ")";
        JobSpool.Entry entry = kept.newEntry(label, null, submittedBy);
        return kept.submit(JobSpool.Kind.FOLDER_INGEST, entry, Json.write(roots).getBytes(StandardCharsets.UTF_8), 0,
                progress -> ingest(entry, roots, progress));
    }

    /** The work of a folder's job the last run kept ({@link KeptJobs#resume}): its paths read from the spool when it runs. */
    public Jobs.Work work(JobSpool.Entry entry) {
        return progress -> ingest(entry, Arrays.asList(Json.read(new String(spool.bytes(JobSpool.Kind.FOLDER_INGEST, entry.job()),
                StandardCharsets.UTF_8), String[].class)), progress);
    }

    /**
     * The work of a folder's job: its paths into both stores. Once it has a report it is forgotten; a store that
     * fails leaves it kept, to be taken up at the next start.
     */
    private IngestReport ingest(JobSpool.Entry entry, List<String> paths, Jobs.Progress progress) {
        List<Path> roots = paths.stream().map(Path::of).toList();
        AtomicInteger total = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        IngestReport report = ingester.ingest(roots, source -> {
            int n = done.incrementAndGet();
            progress.report(share(n, total.get()), "đã xử lý " + n + "/" + total.get() + " tệp");
        }, count -> {
            total.set(count);
            progress.report(share(0, count), "đã tìm thấy " + count + " tệp");
        });
        spool.remove(JobSpool.Kind.FOLDER_INGEST, entry.job());
        return report;
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
