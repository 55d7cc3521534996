package vn.vbtrace.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import vn.vbtrace.catalog.CatalogImporter;
import vn.vbtrace.catalog.CatalogReport;
import org.springframework.context.annotation.DependsOn;
import org.springframework.util.unit.DataSize;
import vn.vbtrace.job.Jobs;
import java.time.Clock;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.apache.catalina.core.StandardHost;
import vn.vbtrace.check.CheckService;
import vn.vbtrace.ingest.IngestListener;
import vn.vbtrace.ingest.IngestReport;
import vn.vbtrace.ingest.IngestSettings;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.ingest.StoredOriginals;
import vn.vbtrace.search.DocumentService;
import vn.vbtrace.search.NumberResolver;
import vn.vbtrace.search.RepositoryOverview;
import vn.vbtrace.search.SearchService;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;
import vn.vbtrace.system.VbtraceProperties;
import vn.vbtrace.trace.BodyService;
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
@EnableConfigurationProperties(VbtraceProperties.class)
public class WebServer {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    public static ConfigurableApplicationContext start(Path data, int port, Path ingestOnFirstStart) {
        return start(data, port, ingestOnFirstStart, Map.of());
    }

    /**
     * With settings of its own (e.g. vbtrace.security.anonymous-read=false). The per-run values given here win over
     * application.properties, system properties and environment variables; the fixed defaults are in
     * application.properties ({@link VbtraceProperties} for vbtrace.*).
     */
    public static ConfigurableApplicationContext start(Path data, int port, Path ingestOnFirstStart, Map<String, Object> settings) {
        Map<String, Object> run = new HashMap<>();
        run.put("server.port", port);
        run.put("vbtrace.data", data.toAbsolutePath().toString());
        if (ingestOnFirstStart != null) {
            run.put("vbtrace.ingest-on-first-start", ingestOnFirstStart.toString());
        }
        run.putAll(settings);
        return new SpringApplicationBuilder(WebServer.class)
                .initializers(context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("vbtrace-run", run)))
                .run();
    }

    @Bean(destroyMethod = "close")
    Stores stores(VbtraceProperties settings) {
        Stores stores = Stores.open(new DataFolder(settings.data()), new Pipeline(), IngestSettings.forServer(),
                IngestListener.NONE);
        String corpus = settings.ingestOnFirstStart() == null ? "" : settings.ingestOnFirstStart().toString();
        if (!corpus.isBlank()) {
            // Every start with the corpus: a data folder made before the catalog shipped gets it too (unchanged rows cost nothing).
            importCatalog(stores, Path.of(corpus).resolve("catalog"));
        }
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

    /** First start: the shipped corpus and its catalog, so a new user has documents to search and check at once. */
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

    /** The shipped national catalog (corpus/catalog/): what the corpus cites, with real dates, issuers and sources. */
    private static void importCatalog(Stores stores, Path catalog) {
        if (Files.isDirectory(catalog)) {
            CatalogReport imported = new CatalogImporter(stores.graph(), stores.statuses()::refresh).importFolder(catalog, (phase, rows) -> { });
            log.info("Catalog imported from {}: {} records, {} unchanged, {} relations, {} failed {}", catalog,
                    imported.imported(), imported.unchanged(), imported.relations(), imported.failedCount(), imported.failed());
        }
    }

    /** Tomcat's own error answers (a request too long for it) as problem+json, not its HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorValve(
            @Value("${server.max-http-request-header-size}") DataSize maxHeaderSize) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // The host adds a valve of this class unless one is there already: ours, in its place.
                host.getPipeline().addValve(new ProblemErrorValve(maxHeaderSize.toKilobytes()));
                host.setErrorReportValveClass(ProblemErrorValve.class.getName());
            }
        });
    }

    /** GET /login: the Vietnamese login page (a static page; its script puts the CSRF token in the form). */
    @Bean
    WebMvcConfigurer loginPage() {
        return new WebMvcConfigurer() {
            @Override
            public void addViewControllers(ViewControllerRegistry registry) {
                registry.addViewController("/login").setViewName("forward:/login.html");
            }
        };
    }

    /**
     * The upload jobs: vbtrace.upload.workers at once, at most vbtrace.upload.queue waiting holding at most
     * vbtrace.upload.queue-bytes. Closed before the stores, letting running ingests end.
     */
    @Bean(destroyMethod = "close")
    @DependsOn("stores")
    Jobs jobs(VbtraceProperties settings) {
        VbtraceProperties.Upload upload = settings.upload();
        return new Jobs(upload.workers(), upload.queue(), upload.queueBytes().toBytes(), Clock.systemUTC());
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
    RepositoryOverview repositoryOverview(Stores stores) {
        return new RepositoryOverview(stores.index(), stores.graph());
    }

    @Bean
    BodyService bodyService(Stores stores) {
        return new BodyService(stores.graph());
    }

    @Bean
    StoredOriginals storedOriginals(Stores stores) {
        return stores.originals();
    }

    @Bean
    NumberResolver numberResolver(Stores stores) {
        return new NumberResolver(stores.graph(), stores.index());
    }

    @Bean
    CheckService checkService(Stores stores, ValidityService validity) {
        return new CheckService(stores.pipeline(), stores.graph(), validity);
    }
}
