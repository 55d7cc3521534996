package vn.vbtrace.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vbtrace.ingest.IngestOutcome;
import vn.vbtrace.ingest.ReextractReport;
import vn.vbtrace.search.DocumentPage;
import vn.vbtrace.search.DocumentService;
import vn.vbtrace.system.Stores;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

@RestController
class DocumentController {

    private final DocumentService documents;
    private final Stores stores;

    DocumentController(DocumentService documents, Stores stores) {
        this.documents = documents;
        this.stores = stores;
    }

    @GetMapping("/api/documents/{id}")
    DocumentPage byId(@PathVariable String id) {
        return documents.byId(id);
    }

    @GetMapping("/api/documents/by-number")
    DocumentPage byNumber(@RequestParam String number) {
        return documents.byNumber(number);
    }

    /**
     * One uploaded file, written as soon as it is extracted and searchable when this answers. {@code source}: the
     * name it is recorded under (the command line sends the path relative to the folder it ingests), else "upload/NAME".
     */
    @PostMapping("/api/documents")
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
                                               @RequestParam(required = false) String source) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        String recorded = source == null || source.isBlank() ? "upload/" + name : source.strip();
        IngestOutcome outcome = stores.ingester().ingestBytes(name, file.getBytes(), recorded);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
        body.put("id", outcome.id());
        if (outcome.status() == IngestOutcome.Status.FAILED) {
            body.put("error", outcome.error());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
        return ResponseEntity.status(outcome.status() == IngestOutcome.Status.INGESTED ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }

    /**
     * Every stored document derived again from its original (after a vocabulary change): what {@code reextract}
     * does, for a command line beside the running server. Answers when done.
     */
    @PostMapping("/api/reextract")
    ReextractReport reextract() {
        return stores.ingester().reextract(source -> { });
    }
}
