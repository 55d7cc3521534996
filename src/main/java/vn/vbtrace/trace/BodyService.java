package vn.vbtrace.trace;

import vn.vbtrace.graph.BodyProfile;
import vn.vbtrace.graph.BodyRef;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.search.NotFoundException;

import java.util.List;

/**
 * A body's page: the body named (with or without diacritics; "Sở Tài chính tỉnh Bắc Kạn" is one body, "Sở Tài
 * chính" the same name in every province, offered as a choice), its place among bodies, its duties and the
 * documents addressed to it.
 */
public final class BodyService {

    /** Each list on the page shows this many rows, newest documents first; the counts say how many there are. */
    public static final int LIMIT = 100;

    private final GraphStore graph;

    public BodyService(GraphStore graph) {
        this.graph = graph;
    }

    /**
     * {@code profile} when the name is one body; otherwise {@code choices}: the bodies of that name, one per province.
     * {@code successor} is the body that holds the duties today after a merger, when the repository knows it.
     */
    public record BodyPage(String asked, BodyProfile profile, BodyRef successor, List<BodyRef> choices) {
    }

    public BodyPage page(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Hãy nhập tên cơ quan, ví dụ \"Sở Tài chính tỉnh Bắc Kạn\"");
        }
        List<BodyRef> found = graph.findBodies(name.strip());
        if (found.isEmpty()) {
            throw new NotFoundException("Không có cơ quan nào tên \"" + name.strip() + "\" trong kho văn bản");
        }
        // The exact body comes first (a name with its province, or a central body); a name found in several
        // provinces only is a choice, in one province only it is that body.
        boolean exact = found.getFirst().key().equals(GraphStore.bodyKey(name.strip())) || found.size() == 1;
        if (!exact) {
            return new BodyPage(name.strip(), null, null, found);
        }
        BodyProfile profile = graph.body(found.getFirst().key(), LIMIT).orElseThrow(
                () -> new NotFoundException("Không có cơ quan nào tên \"" + name.strip() + "\" trong kho văn bản"));
        return new BodyPage(name.strip(), profile, null, List.of());
    }
}
