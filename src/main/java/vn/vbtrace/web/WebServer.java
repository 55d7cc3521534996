package vn.vbtrace.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.vbtrace.system.ServiceConfiguration;
import vn.vbtrace.system.VbtraceProperties;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The web server of `serve`: REST API and UI on 127.0.0.1, over the services of one data folder
 * ({@link ServiceConfiguration}); settings in application.properties ({@link VbtraceProperties}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = WebServer.class)
@Import(ServiceConfiguration.class)
public class WebServer {

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
}
