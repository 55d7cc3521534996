package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.document.Relation;
import vn.vbtrace.document.Role;

import java.util.Arrays;
import java.util.List;

/**
 * The relation types as {@link Relation} declares them, and the roles as {@link Role} names them: the pages build
 * their labels, the lược đồ's legend and groups from these, so a new one needs no change in the pages.
 */
@RestController
@Tag(name = "Danh mục", description = "Các danh mục mà trang web và chương trình khác dùng để hiển thị")
class RelationController {

    /**
     * One relation type: {@code code} as the JSON of chains and references names it, {@code label} as the citing
     * document's side reads ("Căn cứ"), {@code inverseLabel} as the cited document's side reads ("Được căn cứ bởi"),
     * {@code validityEffect} what it does to the cited document's validity (NONE, CHANGES_PART, REPLACES, ENDS).
     */
    record RelationType(String code, String graphType, String label, String inverseLabel, boolean affectsValidity,
                        Relation.ValidityEffect validityEffect) {

        static RelationType of(Relation r) {
            return new RelationType(r.name(), r.graphType(), r.label(), r.inverseLabel(), r.affectsValidity(), r.validityEffect());
        }
    }

    record RelationTypes(List<RelationType> relations) {
    }

    @GetMapping("/api/relations")
    @Operation(summary = "Các loại quan hệ giữa văn bản",
            description = "Theo thứ tự lược đồ của vbpl.vn nhóm chúng: căn cứ, hướng dẫn, sửa đổi, thay thế, bãi bỏ, thực hiện, ..., dẫn chiếu. "
                    + "`label` đọc từ văn bản dẫn chiếu (\"Căn cứ\"), `inverseLabel` từ văn bản được dẫn chiếu (\"Được căn cứ bởi\"); "
                    + "`affectsValidity` cho biết quan hệ có làm thay đổi hiệu lực của văn bản được dẫn chiếu không; `validityEffect` thay đổi thế nào: "
                    + "NONE không, CHANGES_PART sửa đổi một phần, REPLACES thay thế (văn bản bị thay thế), ENDS chấm dứt hiệu lực (hết hiệu lực).")
    RelationTypes relations() {
        return new RelationTypes(Arrays.stream(Relation.values()).map(RelationType::of).toList());
    }

    /** One role: {@code code} as the JSON names it, {@code label} as staff write it ("chủ trì"). */
    record RoleType(String code, String label) {
    }

    record RoleTypes(List<RoleType> roles) {
    }

    @GetMapping("/api/roles")
    @Operation(summary = "Các vai trò của cơ quan trong một nhiệm vụ", description = "Mã ổn định trong JSON và nhãn tiếng Việt: LEAD chủ trì, SUPPORT phối hợp ...")
    RoleTypes roles() {
        return new RoleTypes(Arrays.stream(Role.values()).map(r -> new RoleType(r.name(), r.label())).toList());
    }
}
