package vn.vbtrace.system;

import java.nio.file.Path;

/** The layout of the one folder that holds all state. */
public record DataFolder(Path root) {

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    public Path index() {
        return root.resolve("index");
    }

    /** The duty clauses, one Lucene document each: what "who is responsible" is answered from. */
    public Path tasks() {
        return root.resolve("tasks");
    }

    /** The day the search index's copy of validity statuses was last brought up to date. */
    public Path statusDate() {
        return root.resolve("status-date");
    }

    public Path graph() {
        return root.resolve("graph");
    }

    public Path originals() {
        return root.resolve("files");
    }

    /** Uploads and folder ingests accepted and not yet done, and jobs' answers (job.JobSpool), owner-only: the office's documents. */
    public Path uploads() {
        return root.resolve("uploads");
    }

    public Path journal() {
        return root.resolve("journal.log");
    }

    /** The users, their roles and password hashes (owner-only). */
    public Path users() {
        return root.resolve("users.tsv");
    }

    /** The owner's token for a server on this machine (owner-only). */
    public Path localToken() {
        return root.resolve("local-token");
    }

    /** The derivation version the stores were last written with (Pipeline.DERIVATION_VERSION). */
    public Path derivationVersion() {
        return root.resolve("derivation-version");
    }

    /** How far a re-derivation to a new derivation version got, while one is under way or was cut short. */
    public Path derivationCheckpoint() {
        return root.resolve("derivation-checkpoint");
    }
}
