package vn.vbtrace.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of {@code serve} under {@code vbtrace.}: the per-run ones (data folder, corpus) come from the command
 * line ({@code WebServer.start}), the rest have their defaults in {@code application.properties} and can be changed
 * there, as system properties or as environment variables (VBTRACE_UPLOAD_WORKERS, VBTRACE_SECURITY_ANONYMOUS_READ ...).
 * The search and graph connections (vbtrace.search.*, vbtrace.graph.*, vbtrace.files.dir ...) are not here: the
 * command line opens the stores without Spring too, so they are read where the stores are opened
 * ({@link SearchConnection}, {@link GraphConnection}, {@link SharedRepository}).
 *
 * @param data               the data folder
 * @param ingestOnFirstStart the folder ingested when the data folder holds no document yet (the shipped corpus); null: none
 */
@ConfigurationProperties("vbtrace")
public record VbtraceProperties(Path data, Path ingestOnFirstStart, Upload upload, Security security, Warmup warmup) {

    /**
     * Uploads become jobs: {@code workers} at once, at most {@code queue} waiting holding at most {@code queueBytes};
     * an upload from {@code jobThreshold} on answers 202 at once, a smaller one is waited for up to {@code wait}
     * (named so in the property; {@code wait} cannot name a record component).
     */
    public record Upload(int workers, int queue, DataSize queueBytes, DataSize jobThreshold, @Name("wait") Duration waitAtMost) {
    }

    /**
     * Who may do what without a login: see {@code web.security.SecuritySettings} for the meaning of each (the two
     * lists are comma-separated, as in the property).
     */
    public record Security(boolean anonymousRead, String anonymousReadNetworks, String allowedOrigins) {
    }

    /**
     * The warm-up after a start ({@link RequestWarmup}): at most {@code requests}, in a repository of at least
     * {@code minDocuments}, each only once no request has been answered for {@code quiet}.
     */
    public record Warmup(int requests, long minDocuments, Duration quiet) {
    }
}
