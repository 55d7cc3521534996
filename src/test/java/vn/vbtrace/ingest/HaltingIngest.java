package vn.vbtrace.ingest;

import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a child JVM by {@link CrashRecoveryIT}: an ingest or a re-extraction that halts the JVM (no
 * shutdown hook, no store closed: as a kill -9 would) at a chosen step of a chosen batch, through the
 * ingest listener. The production Ingester knows nothing of it.
 * <p>
 * Arguments: STEP (journalled, graphWritten, indexStaged, indexCommitted) BATCH (1 = the first) BATCH_SIZE
 * DATA_DIR then {@code ingest PATH...}, {@code reextract}, or {@code open} (only open the folder: what a new release
 * does first, deriving an upgraded folder's documents again).
 */
public final class HaltingIngest {

    static final int HALTED = 99;

    private HaltingIngest() {
    }

    public static void main(String[] args) {
        String step = args[0];
        int batch = Integer.parseInt(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        DataFolder data = new DataFolder(Path.of(args[3]));
        String command = args[4];
        IngestListener halt = new IngestListener() {
            private final AtomicInteger seen = new AtomicInteger();

            @Override
            public void journalled(Journal.Batch b) {
                at("journalled");
            }

            @Override
            public void indexStaged(Journal.Batch b) {
                at("indexStaged");
            }

            @Override
            public void graphWritten(Journal.Batch b) {
                at("graphWritten");
            }

            @Override
            public void indexCommitted(Journal.Batch b) {
                at("indexCommitted");
            }

            private void at(String reached) {
                if (reached.equals(step) && seen.incrementAndGet() == batch) {
                    System.out.println("HALTING at " + step + " of batch " + batch);
                    System.out.flush();
                    Runtime.getRuntime().halt(HALTED);
                }
            }
        };
        Stores stores = Stores.open(data, new Pipeline(), IngestSettings.fromEnvironment().withBatchSize(batchSize), halt);
        if (command.equals("open")) {
            // Opening derived an upgraded folder again, if it was one.
        } else if (command.equals("reextract")) {
            stores.ingester().reextract(source -> { });
        } else {
            List<Path> paths = new ArrayList<>();
            for (int i = 5; i < args.length; i++) {
                paths.add(Path.of(args[i]));
            }
            stores.ingester().ingest(paths, source -> { }, total -> { });
        }
        stores.close();
        System.out.println("FINISHED without halting");
    }
}
