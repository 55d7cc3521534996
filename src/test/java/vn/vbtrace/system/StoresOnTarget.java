package vn.vbtrace.system;

import java.nio.file.Path;

import vn.vbtrace.graph.GraphTarget;
import vn.vbtrace.ingest.Pipeline;

/** The stores of a test's data folder with the graph on a {@link GraphTarget}: the one way graph-suite classes open them. */
public final class StoresOnTarget {

    private StoresOnTarget() {
    }

    /** Stores in {@code dataDir} (a new folder) over an empty graph on {@code target}. */
    public static Stores openFresh(Path dataDir, GraphTarget target) {
        DataFolder data = new DataFolder(dataDir);
        return Stores.open(data, new Pipeline(), target.freshGraph(data.graph()));
    }

    /** The same stores opened again, the graph as the last close left it. */
    public static Stores reopen(Path dataDir, GraphTarget target) {
        DataFolder data = new DataFolder(dataDir);
        return Stores.open(data, new Pipeline(), target.settings(data.graph()));
    }
}
