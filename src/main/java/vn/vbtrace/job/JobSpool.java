package vn.vbtrace.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.OwnerOnlyFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Uploads and folder ingests accepted and not yet done, kept in the data folder from the moment they are accepted
 * until their job ends: a job answered 202 is a promise, so a server stopped or killed with jobs queued or running
 * takes them up at its next start, under the same job ids. One file per job, its description on the first line (JSON,
 * which escapes line breaks) and its content after (the upload's bytes, the folder ingest's paths); written under a
 * temporary name, forced to disk and renamed, so a file under its own name is whole. Readable by the owner only:
 * uploads are the office's documents.
 */
public final class JobSpool {

    private static final Logger log = LoggerFactory.getLogger(JobSpool.class);
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final String FINISHED_SUFFIX = ".done";
    /** Job ids are UUIDs, so a file name made of one names no other folder. */
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What a job needs besides its content: the job it is, the file's name (a folder ingest's label), where it is recorded, who sent it. */
    public record Entry(String job, String file, String source, String submittedBy, Instant submittedAt) {
    }

    /** The kinds of job kept, each in files of its own suffix. */
    public enum Kind {
        /** An uploaded file: its bytes follow the description. */
        UPLOAD(".upload"),
        /** Files and folders on the server's machine: their absolute paths follow, as a JSON list. */
        FOLDER_INGEST(".ingest");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    private final Path folder;
    /** The finished jobs whose answers are kept, oldest first: at most {@link Jobs#KEPT}, as Jobs keeps in memory. */
    private final Deque<String> finishedKept = new ArrayDeque<>();

    public JobSpool(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * Keeps the answer of a job (an upload's, a folder's ingest) past a restart, so that a client following the job
     * (the upload page, the command line) still reads it from a server started again. Not forced to disk: a crash loses at most the answer
     * of an upload that is in the stores.
     */
    public void finished(JobStatus status) {
        new OwnerOnlyFile(folder.resolve(status.job() + FINISHED_SUFFIX)).write(Json.write(status));
        synchronized (finishedKept) {
            finishedKept.remove(status.job());
            finishedKept.addLast(status.job());
            while (finishedKept.size() > Jobs.KEPT) {
                deleteQuietly(folder.resolve(finishedKept.removeFirst() + FINISHED_SUFFIX));
            }
        }
    }

    /** The answers kept of jobs that ended before this start, oldest first; those beyond the last {@link Jobs#KEPT} deleted. */
    public List<JobStatus> finishedBefore() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<JobStatus> answers = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + FINISHED_SUFFIX)) {
            for (Path file : files) {
                try {
                    JobStatus status = Json.read(Files.readString(file, StandardCharsets.UTF_8), JobStatus.class);
                    if (status.finished() && status.finishedAt() != null && file.getFileName().toString().equals(status.job() + FINISHED_SUFFIX)) {
                        answers.add(status);
                    } else {
                        deleteQuietly(file);
                    }
                } catch (IOException | RuntimeException e) {
                    deleteQuietly(file); // only an answer, and one that cannot be read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the kept answers in " + folder + ": " + e.getMessage(), e);
        }
        answers.sort(Comparator.comparing(JobStatus::finishedAt).thenComparing(JobStatus::job));
        while (answers.size() > Jobs.KEPT) {
            deleteQuietly(folder.resolve(answers.removeFirst().job() + FINISHED_SUFFIX));
        }
        synchronized (finishedKept) {
            answers.forEach(a -> finishedKept.addLast(a.job()));
        }
        return answers;
    }

    /** Keeps the job and its content; when this returns, it is on disk. */
    public void put(Kind kind, Entry entry, byte[] bytes) {
        Path file = fileOf(kind, entry.job());
        Path temporary = folder.resolve("." + entry.job() + TEMPORARY_SUFFIX);
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    OwnerOnlyFile.ownerOnlyOnCreation())) {
                ByteBuffer head = ByteBuffer.wrap((Json.write(entry) + "\n").getBytes(StandardCharsets.UTF_8));
                ByteBuffer body = ByteBuffer.wrap(bytes);
                while (head.hasRemaining() || body.hasRemaining()) {
                    channel.write(new ByteBuffer[] {head, body});
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            forceFolder();
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("cannot keep the job " + entry.file() + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The content of a kept job. */
    public byte[] bytes(Kind kind, String job) {
        try {
            byte[] all = Files.readAllBytes(fileOf(kind, job));
            int lineEnd = indexOfLineEnd(all);
            return Arrays.copyOfRange(all, lineEnd + 1, all.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kept job " + fileOf(kind, job) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Forgets a job that has its answer. A file that cannot be deleted is only logged: it is ingested again at the
     * next start, where an unchanged file costs a lookup.
     */
    public void remove(Kind kind, String job) {
        try {
            Files.deleteIfExists(fileOf(kind, job));
        } catch (IOException e) {
            log.warn("Could not delete the kept job {}: {}", fileOf(kind, job), e.getMessage());
        }
    }

    /**
     * The jobs of this kind kept, in the order they were accepted. A temporary file is a job whose acceptance was
     * never answered (the server stopped while writing it): deleted. A file whose description cannot be read is left
     * where it is, named in the log, for its owner to look at.
     */
    public List<Entry> pending(Kind kind) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(TEMPORARY_SUFFIX)) {
                    deleteQuietly(file);
                } else if (name.endsWith(kind.suffix)) {
                    readEntry(kind, file).ifPresent(entries::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the kept jobs in " + folder + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(Entry::submittedAt).thenComparing(Entry::job));
        return entries;
    }

    private Optional<Entry> readEntry(Kind kind, Path file) {
        String name = file.getFileName().toString();
        String job = name.substring(0, name.length() - kind.suffix.length());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // The description is the first line: read a block, and more only for an unusually long one.
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // reads up to the block's end
            }
            byte[] head = Arrays.copyOf(buffer.array(), buffer.position());
            int lineEnd = indexOfLineEnd(head);
            Entry entry = Json.read(new String(head, 0, lineEnd, StandardCharsets.UTF_8), Entry.class);
            if (!JOB_ID.matcher(job).matches() || !job.equals(entry.job()) || entry.submittedAt() == null) {
                throw new IOException("its name and its description do not agree");
            }
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            log.warn("A kept job cannot be read and is left as it is: {} ({})", file, e.getMessage());
            return Optional.empty();
        }
    }

    private static int indexOfLineEnd(byte[] bytes) throws IOException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        throw new IOException("no description line");
    }

    private Path fileOf(Kind kind, String job) {
        if (job == null || !JOB_ID.matcher(job).matches()) {
            throw new IllegalArgumentException("not a job id: " + job);
        }
        return folder.resolve(job + kind.suffix);
    }

    /** The rename is durable once the folder's own entry list is on disk (where a folder can be opened for it). */
    private void forceFolder() throws IOException {
        if (OwnerOnlyFile.posix()) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
