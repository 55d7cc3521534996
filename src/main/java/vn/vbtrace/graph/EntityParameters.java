package vn.vbtrace.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vbtrace.document.Body;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Program;

/** The parameters of {@link EntityCypher}, built from one extraction. */
final class EntityParameters {

    static final String KINH_GUI = "kính gửi";
    static final String NOI_NHAN = "nơi nhận";

    private EntityParameters() {
    }

    /** One entry per program key; a program without a key cannot be found again, so it is left out. */
    static List<Map<String, Object>> programs(Extraction extraction) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Program program : extraction.programs()) {
            String key = blankToNull(program.key());
            if (key == null) {
                continue;
            }
            Map<String, Object> p = new HashMap<>();
            p.put("key", key);
            p.put("name", blankToNull(program.name()));
            p.put("shortName", blankToNull(program.shortName()));
            p.put("kind", blankToNull(program.kind()));
            p.put("fromYear", program.fromYear());
            p.put("toYear", program.toYear());
            String approvedBy = blankToNull(program.approvedBy());
            p.put("approvedBy", approvedBy);
            p.put("approvedByKey", DocumentNumbers.key(approvedBy));
            p.put("approvedById", approvedBy == null ? null : DocumentNumbers.idForNumber(approvedBy));
            p.put("succeeds", blankToNull(program.succeeds()));
            byKey.putIfAbsent(key, p);
        }
        return new ArrayList<>(byKey.values());
    }

    /** The bodies that name a parent, each keyed with its province: Sở Tài chính of Bắc Kạn is not Hậu Giang's. */
    static List<Map<String, Object>> bodiesWithParent(Extraction extraction) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (Body body : extraction.bodies()) {
            String key = DocumentWriter.bodyKey(body.qualifiedName());
            String parent = blankToNull(body.parent());
            if (key == null || parent == null) {
                continue;
            }
            String parentKey = DocumentWriter.bodyKey(new Body(parent, body.province(), null).qualifiedName());
            if (parentKey.equals(key)) {
                continue;
            }
            Map<String, Object> p = new HashMap<>();
            p.put("key", key);
            p.put("name", body.name());
            p.put("province", body.province());
            p.put("parent", parent);
            p.put("parentKey", parentKey);
            bodies.add(p);
        }
        return bodies;
    }

    /**
     * "Kính gửi" and "Nơi nhận" lines as bodies. A line that names a body of the extraction's body list
     * takes that body's province, so the address reaches the same node as its duties.
     */
    static List<Map<String, Object>> addressed(Extraction extraction) {
        Map<String, Body> known = new HashMap<>();
        for (Body body : extraction.bodies()) {
            known.putIfAbsent(DocumentWriter.bodyKey(body.name()), body);
            known.putIfAbsent(DocumentWriter.bodyKey(body.qualifiedName()), body);
        }
        Map<String, Map<String, Object>> byKeyAndRole = new LinkedHashMap<>();
        addLines(extraction.document().addressees(), KINH_GUI, known, byKeyAndRole);
        addLines(extraction.document().recipients(), NOI_NHAN, known, byKeyAndRole);
        return new ArrayList<>(byKeyAndRole.values());
    }

    private static void addLines(List<String> lines, String as, Map<String, Body> known,
                                 Map<String, Map<String, Object>> into) {
        for (String line : lines) {
            String key = DocumentWriter.bodyKey(line);
            if (key == null) {
                continue;
            }
            Body body = known.getOrDefault(key, new Body(line.strip(), null, null));
            Map<String, Object> p = new HashMap<>();
            p.put("key", DocumentWriter.bodyKey(body.qualifiedName()));
            p.put("name", body.name());
            p.put("province", body.province());
            p.put("as", as);
            into.putIfAbsent(p.get("key") + "|" + as, p);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
