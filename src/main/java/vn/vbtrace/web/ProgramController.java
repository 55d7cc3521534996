package vn.vbtrace.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.graph.ProgramLineage;
import vn.vbtrace.trace.ProgramService;

/** Programs and their lineage. */
@RestController
class ProgramController {

    private final ProgramService programs;

    ProgramController(ProgramService programs) {
        this.programs = programs;
    }

    @GetMapping("/api/programs")
    ProgramService.Programs all() {
        return programs.all();
    }

    /**
     * A key is the approving decision's number key ("1322/qd-ttg") and holds a slash, which a single path
     * segment cannot: the rest of the path is the key (or the decision's number, "1322/QĐ-TTg").
     */
    @GetMapping("/api/programs/{*key}")
    ProgramLineage one(@PathVariable String key) {
        return programs.lineage(key.startsWith("/") ? key.substring(1) : key);
    }
}
