package vn.vbtrace.ingest;

/**
 * A re-derivation ended before its last document because the stores are closing ({@link Ingester#stop}): every batch
 * it wrote is whole in every store and counted in its checkpoint, so the next start goes on from there.
 */
public final class IngestStopped extends RuntimeException {

    public IngestStopped(String message) {
        super(message);
    }
}
