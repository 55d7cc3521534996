package vn.vbtrace.system;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import vn.vbtrace.check.CheckService;
import vn.vbtrace.ingest.IngestListener;
import vn.vbtrace.ingest.IngestSettings;
import vn.vbtrace.ingest.Ingester;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.ingest.StoredOriginals;
import vn.vbtrace.job.FolderIngests;
import vn.vbtrace.job.Jobs;
import vn.vbtrace.job.JobSpool;
import vn.vbtrace.job.KeptJobs;
import vn.vbtrace.job.Uploads;
import vn.vbtrace.search.DocumentService;
import vn.vbtrace.search.NumberResolver;
import vn.vbtrace.search.RepositoryOverview;
import vn.vbtrace.search.SearchService;
import vn.vbtrace.security.LocalToken;
import vn.vbtrace.trace.BodyService;
import vn.vbtrace.trace.ChainService;
import vn.vbtrace.trace.ObligationService;
import vn.vbtrace.trace.ProgramService;
import vn.vbtrace.trace.ResponsibleService;
import vn.vbtrace.validity.ValidityService;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The services of {@code serve}, over the stores of the data folder ({@link VbtraceProperties#data()}): the one
 * place that knows which store each service reads. Controllers take these services, never the stores; the work of
 * a first start (catalog, corpus, calendar) is {@link FirstStart}'s, after the beans are made.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VbtraceProperties.class)
public class ServiceConfiguration {

    /**
     * Opening finishes what a crash interrupted; documents of an older derivation version are derived again by the
     * start's work ({@link FirstStart}), once the server listens.
     */
    @Bean(destroyMethod = "close")
    Stores stores(VbtraceProperties settings) {
        return Stores.openDeferringDerivation(new DataFolder(settings.data()), new Pipeline(), IngestSettings.forServer(), IngestListener.NONE);
    }

    /**
     * The warm-up's requests go to the port the web server took (known once it has started, before the start's work)
     * with the data folder's local token, which the web server's security made.
     */
    @Bean
    FirstStart firstStart(Stores stores, VbtraceProperties settings, ServerActivity activity, Environment environment) {
        Path token = new DataFolder(settings.data()).localToken();
        Supplier<Optional<LoopbackClient>> loopback = () -> Optional.ofNullable(environment.getProperty("local.server.port", Integer.class))
                .map(port -> new LoopbackClient(port, activity, LocalToken.read(token)));
        return new FirstStart(stores, settings.ingestOnFirstStart(), activity, settings.warmup(), loopback);
    }

    /** The requests being answered (web.RequestActivity tells it), so that the warm-up waits for a lull. */
    @Bean
    ServerActivity serverActivity() {
        return new ServerActivity();
    }

    /** Uploads and folder ingests accepted and not yet done, and the answers of jobs that ended, in the data folder. */
    @Bean
    JobSpool jobSpool(VbtraceProperties settings) {
        return new JobSpool(new DataFolder(settings.data()).uploads());
    }

    /**
     * The jobs (uploads, folder ingests): vbtrace.upload.workers at once, at most vbtrace.upload.queue waiting holding at most
     * vbtrace.upload.queue-bytes; each one's answer kept past a restart. Closed before the stores, letting running
     * ingests end.
     */
    @Bean(destroyMethod = "close")
    @DependsOn("stores")
    Jobs jobs(VbtraceProperties settings, JobSpool spool) {
        VbtraceProperties.Upload upload = settings.upload();
        return new Jobs(upload.workers(), upload.queue(), upload.queueBytes().toBytes(), Clock.systemUTC(), spool::finished);
    }

    /** Jobs kept in the data folder until they end (uploads, folder ingests). */
    @Bean
    KeptJobs keptJobs(Jobs jobs, JobSpool spool) {
        return new KeptJobs(jobs, spool);
    }

    /** Uploads, as jobs kept until ingested. */
    @Bean
    Uploads uploads(KeptJobs kept, Ingester ingester, JobSpool spool) {
        return new Uploads(kept, ingester, spool);
    }

    /** Files and folders on this machine ingested by the server, as jobs kept until done (what {@code ingest} asks of it). */
    @Bean
    FolderIngests folderIngests(KeptJobs kept, Ingester ingester, JobSpool spool) {
        return new FolderIngests(kept, ingester, spool);
    }

    /**
     * The jobs the last run left unfinished, queued again once every bean is made (the stores open) and before the web
     * server answers, and the answers of those it finished read back.
     */
    @Bean
    SmartInitializingSingleton keptJobsResumed(KeptJobs kept, Uploads uploads, FolderIngests folders) {
        return () -> kept.resume(Map.of(JobSpool.Kind.UPLOAD, uploads::work, JobSpool.Kind.FOLDER_INGEST, folders::work));
    }

    /** Files into both stores: uploads and reextraction. */
    @Bean
    Ingester ingester(Stores stores) {
        return stores.ingester();
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
        return new ProgramService(stores.graph(), stores.index());
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
        return new ObligationService(stores.tasks());
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
        return new CheckService(stores.pipeline(), stores.graph(), stores.index(), validity);
    }
}
