package vn.vbtrace.trace;

import vn.vbtrace.reorg.HoldersToday;
import vn.vbtrace.reorg.Successions;
import vn.vbtrace.document.Successor;
import vn.vbtrace.validity.ValidityService;

import java.time.Clock;
import java.util.Optional;

import vn.vbtrace.document.BodyProfile;
import vn.vbtrace.document.BodyRef;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.search.NotFoundException;

import java.util.ArrayList;
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
    private final HoldersToday holders;

    public BodyService(GraphStore graph, HoldersToday holders) {
        this.graph = graph;
        this.holders = holders;
    }

    public BodyService(GraphStore graph) {
        this(graph, new HoldersToday(Successions.shipped(), Clock.system(ValidityService.VIETNAM)));
    }

    /**
     * {@code profile} when the name is one body; otherwise {@code choices}: the bodies of that name, one per province.
     * {@code successor} is the body that holds the duties today after the 2025 reorganization (vocab/successions.tsv),
     * with {@code successorText} the line staff read ("… → nay: …, theo …"); both null when the body did not change.
     * {@code predecessors} are the other bodies of the repository whose duties this one holds today ("Sở Tài chính tỉnh
     * Thái Nguyên": Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên, Sở Tài chính and Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn), for a
     * name with its province. A body of today that no document names yet has no profile, only its predecessors.
     */
    public record BodyPage(String asked, BodyProfile profile, BodyRef successor, String successorText, List<BodyRef> choices,
                           List<BodyRef> predecessors) {
    }

    public BodyPage page(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Hãy nhập tên cơ quan, ví dụ \"Sở Tài chính tỉnh Bắc Kạn\"");
        }
        String asked = name.strip();
        List<BodyRef> found = graph.findBodies(asked);
        if (found.isEmpty()) {
            List<BodyRef> predecessors = predecessors(asked);
            if (predecessors.isEmpty()) {
                throw new NotFoundException("Không có cơ quan nào tên \"" + asked + "\" trong kho văn bản");
            }
            return new BodyPage(asked, null, null, null, List.of(), predecessors);
        }
        // The exact body comes first (a name with its province, or a central body); a name found in several
        // provinces only is a choice, in one province only it is that body.
        boolean exact = found.getFirst().key().equals(GraphStore.bodyKey(asked)) || found.size() == 1;
        if (!exact) {
            return new BodyPage(asked, null, null, null, found, List.of());
        }
        BodyProfile profile = graph.body(found.getFirst().key(), LIMIT).orElseThrow(
                () -> new NotFoundException("Không có cơ quan nào tên \"" + asked + "\" trong kho văn bản"));
        Optional<Successor> successor = holders.successor(profile.body().name(), profile.body().province());
        return new BodyPage(asked, profile,
                successor.map(s -> new BodyRef(GraphStore.bodyKey(s.name()), s.body(), s.province())).orElse(null),
                successor.map(Successor::text).orElse(null), List.of(), predecessors(profile.body().qualifiedName()));
    }

    /**
     * The bodies of the repository, other than {@code qualifiedName} itself, whose duties it holds today; none for a
     * name without its province (that would be its predecessors in every province). A handful of lookups by key.
     */
    private List<BodyRef> predecessors(String qualifiedName) {
        String[] split = QualifiedBodyName.split(qualifiedName);
        if (split[1] == null) {
            return List.of();
        }
        String own = GraphStore.bodyKey(qualifiedName);
        List<BodyRef> held = new ArrayList<>();
        for (String[] predecessor : holders.predecessors(split[0], split[1])) {
            String predecessorName = QualifiedBodyName.join(predecessor[0], predecessor[1]);
            String key = GraphStore.bodyKey(predecessorName);
            if (key != null && !key.equals(own)) {
                graph.findBodies(predecessorName).stream().filter(body -> body.key().equals(key)).findFirst().ifPresent(held::add);
            }
        }
        return held;
    }
}
