package vn.vbtrace.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vbtrace.check.CheckReport;
import vn.vbtrace.check.CheckService;
import vn.vbtrace.graph.Chain;
import vn.vbtrace.graph.Direction;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.trace.ChainService;
import vn.vbtrace.trace.ResponsibleAnswers;
import vn.vbtrace.trace.ResponsibleService;

import java.io.IOException;
import java.util.Locale;

/** The three questions: who is responsible, what rests on what, is this draft sound. */
@RestController
class TraceController {

    private final ResponsibleService responsible;
    private final ChainService chains;
    private final CheckService checks;

    TraceController(ResponsibleService responsible, ChainService chains, CheckService checks) {
        this.responsible = responsible;
        this.chains = chains;
        this.checks = checks;
    }

    @GetMapping("/api/responsible")
    ResponsibleAnswers responsible(@RequestParam("q") String question, @RequestParam(required = false) String document,
                                   @RequestParam(required = false) String province,
                                   @RequestParam(required = false) String program) {
        return responsible.answer(question, document, province, program);
    }

    /**
     * A chain of at most {@code limit} documents; a document whose neighbours were cut carries a cursor, and
     * {@code cursor} asks for the next page of them (then number, direction and depth are not needed).
     */
    @GetMapping("/api/chain")
    Chain chain(@RequestParam(required = false) String number, @RequestParam(defaultValue = "both") String direction,
                @RequestParam(defaultValue = "3") int depth,
                @RequestParam(defaultValue = "" + GraphStore.DEFAULT_CHAIN_LIMIT) int limit,
                @RequestParam(required = false) String cursor) {
        if (cursor != null && !cursor.isBlank()) {
            return chains.more(cursor, limit);
        }
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("give a document number, e.g. 1322/QĐ-TTg");
        }
        return chains.chain(number, parseDirection(direction), depth, limit);
    }

    @GetMapping("/api/path")
    Chain path(@RequestParam String from, @RequestParam String to) {
        return chains.path(from, to);
    }

    @PostMapping(value = "/api/check", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/*"})
    CheckReport checkText(@RequestBody String draft) {
        return checks.checkText(draft);
    }

    @PostMapping(value = "/api/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CheckReport checkFile(@RequestParam("file") MultipartFile file) throws IOException, ParseException {
        String name = file.getOriginalFilename() == null ? "draft.txt" : file.getOriginalFilename();
        return checks.checkFile(name, file.getBytes());
    }

    static Direction parseDirection(String direction) {
        try {
            return Direction.valueOf(direction.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("direction must be up, down or both, not '" + direction + "'");
        }
    }
}
