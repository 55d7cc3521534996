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

    @PostMapping("/api/documents")
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        IngestOutcome outcome = stores.ingester().ingestBytes(name, file.getBytes(), "upload/" + name);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
        body.put("id", outcome.id());
        if (outcome.status() == IngestOutcome.Status.FAILED) {
            body.put("error", outcome.error());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
        return ResponseEntity.status(outcome.status() == IngestOutcome.Status.INGESTED ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }
}
