package vn.vbtrace.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings of serve: the defaults the README lists come from application.properties, and the environment overrides them. */
class VbtracePropertiesTests {

    @Test
    void theShippedDefaultsAreTheDocumentedOnes() throws IOException {
        VbtraceProperties settings = bind(Map.of("VBTRACE_DATA", "/tmp/vbtrace-data"));
        assertThat(settings.data()).isEqualTo(Path.of("/tmp/vbtrace-data"));
        assertThat(settings.ingestOnFirstStart()).isNull();
        assertThat(settings.upload()).isEqualTo(new VbtraceProperties.Upload(2, 16, DataSize.ofMegabytes(512),
                DataSize.ofMegabytes(2), Duration.ofSeconds(10)));
        assertThat(settings.security()).isEqualTo(new VbtraceProperties.Security(true, "127.0.0.0/8,::1", ""));
        assertThat(settings.warmup()).isEqualTo(new VbtraceProperties.Warmup(10_000, 10_000, Duration.ofMillis(200)));
    }

    /** The README's form of an environment variable: upper case, "_" for "." and "-". */
    @Test
    void environmentVariablesOverrideTheDefaults() throws IOException {
        VbtraceProperties settings = bind(Map.of("VBTRACE_DATA", "/tmp/d", "VBTRACE_SECURITY_ANONYMOUS_READ", "false",
                "VBTRACE_UPLOAD_QUEUE_BYTES", "1GB", "VBTRACE_UPLOAD_WAIT", "3s", "VBTRACE_INGEST_ON_FIRST_START", "corpus",
                "VBTRACE_WARMUP_REQUESTS", "0"));
        assertThat(settings.security().anonymousRead()).isFalse();
        assertThat(settings.upload().queueBytes()).isEqualTo(DataSize.ofGigabytes(1));
        assertThat(settings.upload().waitAtMost()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.upload().workers()).isEqualTo(2);
        assertThat(settings.ingestOnFirstStart()).isEqualTo(Path.of("corpus"));
        assertThat(settings.warmup().requests()).as("no warm-up").isZero();
    }

    private static VbtraceProperties bind(Map<String, Object> environment) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new SystemEnvironmentPropertySource("systemEnvironment", environment));
        sources.addLast(new PropertiesPropertySource("application.properties",
                PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))));
        return new Binder(ConfigurationPropertySources.from(sources)).bind("vbtrace", VbtraceProperties.class).get();
    }
}
