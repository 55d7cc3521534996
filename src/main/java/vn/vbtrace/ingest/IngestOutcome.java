package vn.vbtrace.ingest;

/** What happened to one file. */
public record IngestOutcome(Status status, String id, String error) {

    public enum Status { INGESTED, UNCHANGED, FAILED }

    static IngestOutcome ingested(String id) {
        return new IngestOutcome(Status.INGESTED, id, null);
    }

    static IngestOutcome unchanged() {
        return new IngestOutcome(Status.UNCHANGED, null, null);
    }

    static IngestOutcome failed(String error) {
        return new IngestOutcome(Status.FAILED, null, error);
    }
}
