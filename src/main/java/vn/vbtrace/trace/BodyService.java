package vn.vbtrace.trace;

import vn.vbtrace.reorg.Successions;
import vn.vbtrace.reorg.Successor;
import vn.vbtrace.validity.ValidityService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import vn.vbtrace.document.BodyProfile;
import vn.vbtrace.document.BodyRef;
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
    private final Successions successions;
    private final Clock clock;

    public BodyService(GraphStore graph, Successions successions, Clock clock) {
        this.graph = graph;
        this.successions = successions;
        this.clock = clock;
    }

    public BodyService(GraphStore graph) {
        this(graph, Successions.shipped(), Clock.system(ValidityService.VIETNAM));
    }

    /**
     * {@code profile} when the name is one body; otherwise {@code choices}: the bodies of that name, one per province.
     * {@code successor} is the body that holds the duties today after the 2025 reorganization (vocab/successions.tsv),
     * with {@code successorText} the line staff read ("… → nay: …, theo …"); both null when the body did not change.
     */
    public record BodyPage(String asked, BodyProfile profile, BodyRef successor, String successorText, List<BodyRef> choices) {
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
            return new BodyPage(name.strip(), null, null, null, found);
        }
        BodyProfile profile = graph.body(found.getFirst().key(), LIMIT).orElseThrow(
                () -> new NotFoundException("Không có cơ quan nào tên \"" + name.strip() + "\" trong kho văn bản"));
        Optional<Successor> successor = successions.successor(profile.body().name(), profile.body().province(), LocalDate.now(clock));
        return new BodyPage(name.strip(), profile,
                successor.map(s -> new BodyRef(GraphStore.bodyKey(s.name()), s.body(), s.province())).orElse(null),
                successor.map(Successor::text).orElse(null), List.of());
    }
}
