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
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.search.SearchService;
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
        SearchService.checkLength("q", question);
        return responsible.answer(question, document, province, program);
    }

    @GetMapping("/api/chain")
    Chain chain(@RequestParam String number, @RequestParam(defaultValue = "both") String direction,
                @RequestParam(defaultValue = "3") int depth) {
        SearchService.checkLength("number", number);
        return chains.chain(number, parseDirection(direction), depth);
    }

    @GetMapping("/api/path")
    Chain path(@RequestParam String from, @RequestParam String to) {
        SearchService.checkLength("from", from);
        SearchService.checkLength("to", to);
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
            throw new InvalidInputException("invalid-direction", "direction phải là up, down hoặc both, không phải '" + direction + "'");
        }
    }
}
