package vn.vbtrace.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import vn.vbtrace.check.CheckService;
import vn.vbtrace.ingest.IngestListener;
import vn.vbtrace.ingest.IngestReport;
import vn.vbtrace.ingest.IngestSettings;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.search.DocumentService;
import vn.vbtrace.search.SearchService;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;
import vn.vbtrace.trace.ChainService;
import vn.vbtrace.trace.ObligationService;
import vn.vbtrace.trace.ProgramService;
import vn.vbtrace.trace.ResponsibleService;
import vn.vbtrace.validity.ValidityService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The web server of `serve`: REST API and UI on 127.0.0.1, over the stores of one data folder. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = WebServer.class)
public class WebServer {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    public static ConfigurableApplicationContext start(Path data, int port, Path ingestOnFirstStart) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.address", "127.0.0.1");
        properties.put("server.port", port);
        properties.put("vbtrace.data", data.toAbsolutePath().toString());
        properties.put("vbtrace.ingest-on-first-start", ingestOnFirstStart == null ? "" : ingestOnFirstStart.toString());
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.servlet.multipart.max-file-size", "100MB");
        properties.put("spring.servlet.multipart.max-request-size", "100MB");
        properties.put("server.error.include-message", "always");
        return new SpringApplicationBuilder(WebServer.class).properties(properties).run();
    }

    @Bean(destroyMethod = "close")
    Stores stores(@Value("${vbtrace.data}") String data, @Value("${vbtrace.ingest-on-first-start:}") String corpus) {
        Stores stores = Stores.open(new DataFolder(Path.of(data)), new Pipeline(), IngestSettings.forServer(),
                IngestListener.NONE);
        if (!corpus.isBlank() && stores.index().count() == 0) {
            ingestCorpus(stores, Path.of(corpus));
        } else {
            // Statuses that only the calendar changed (not yet in force → in force) since they were last derived.
            long started = System.nanoTime();
            int n = stores.statuses().catchUpWithCalendar();
            log.info("Validity statuses of {} documents the calendar changed brought up to date in {} ms", n,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return stores;
    }

    /** First start: the shipped corpus, so a new user has documents to search at once. */
    private static void ingestCorpus(Stores stores, Path corpus) {
        if (!Files.isDirectory(corpus)) {
            log.warn("No corpus folder at {}: starting empty", corpus.toAbsolutePath());
            return;
        }
        long started = System.nanoTime();
        int[] done = {0};
        IngestReport report = stores.ingester().ingest(List.of(corpus),
                source -> log.info("Ingested {} ({})", source, ++done[0]), total -> log.info("Ingesting {} files from {}", total, corpus));
        log.info("Corpus ingested in {} ms: {} ingested, {} unchanged, {} failed {}", (System.nanoTime() - started) / 1_000_000,
                report.ingested(), report.unchanged(), report.failed().size(), report.failed());
    }

    @Bean
    SearchService searchService(Stores stores) {
        return new SearchService(stores.index());
    }

    @Bean
    ValidityService validityService(Stores stores) {
        return stores.validity();
    }

    @Bean
    DocumentService documentService(Stores stores, ValidityService validity) {
        return new DocumentService(stores.index(), stores.graph(), validity);
    }

    @Bean
    ProgramService programService(Stores stores) {
        return new ProgramService(stores.graph());
    }

    @Bean
    ChainService chainService(Stores stores) {
        return new ChainService(stores.graph(), stores.index());
    }

    @Bean
    ResponsibleService responsibleService(Stores stores) {
        return new ResponsibleService(stores.graph(), stores.tasks());
    }

    @Bean
    ObligationService obligationService(Stores stores) {
        return new ObligationService(stores.graph());
    }

    @Bean
    CheckService checkService(Stores stores, ValidityService validity) {
        return new CheckService(stores.pipeline(), stores.graph(), validity);
    }
}
