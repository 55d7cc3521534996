package vn.vbtrace.ingest;

import vn.vbtrace.document.IngestedDocument;

import java.util.List;
import java.util.Map;

/**
 * The validity statuses (names of ValidityStatus) derived from the graph once a batch is in it, by document
 * id: the batch's documents and those they replace or repeal. Staged in the same index commit as the batch.
 */
@FunctionalInterface
public interface DerivedStatuses {

    Map<String, String> afterWrite(List<IngestedDocument> docs);
}
