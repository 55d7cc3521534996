package vn.vbtrace.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned Cypher files of {@code graph-schema/} in version order, each once, and
 * records every applied version as a {@code (:SchemaVersion {version})} node. A file is never edited
 * once applied: a change is a new file with the next version. Statements use IF NOT EXISTS, so a
 * file interrupted half way is simply run again on the next start.
 */
final class SchemaMigrator {

    /** {@code V001__document_constraints.cypher}: the version, then a description. */
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([\\w.-]+)\\.cypher");

    /** One schema file: its version, its file name and its text. */
    record SchemaFile(int version, String name, String text) {

        /** The statements of the file: {@code //} comment lines dropped, split at a ';' ending a line. */
        List<String> statements() {
            StringBuilder code = new StringBuilder();
            for (String line : text.split("\\R")) {
                if (!line.strip().startsWith("//")) {
                    code.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : code.toString().split(";\\s*(?:\\n|$)")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        }
    }

    private static final String APPLIED = """
            MATCH (v:SchemaVersion)
            RETURN v.version AS version
            """;

    private static final String RECORD = """
            MERGE (v:SchemaVersion {version: $version})
            ON CREATE SET v.name = $name, v.appliedAt = datetime()
            """;

    private final Driver driver;

    SchemaMigrator(Driver driver) {
        this.driver = driver;
    }

    /** Applies the files not applied yet, in version order; returns the versions applied by this call. */
    List<Integer> migrate(List<SchemaFile> files) {
        List<SchemaFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparingInt(SchemaFile::version));
        checkDistinctVersions(ordered);
        Set<Integer> applied = appliedVersions();
        List<Integer> now = new ArrayList<>();
        for (SchemaFile file : ordered) {
            if (applied.contains(file.version())) {
                continue;
            }
            // Schema commands cannot share a transaction with writes: each runs on its own,
            // and the version is recorded only after all of its statements succeeded.
            for (String statement : file.statements()) {
                driver.executableQuery(statement).execute();
            }
            driver.executableQuery(RECORD)
                    .withParameters(Map.of("version", file.version(), "name", file.name()))
                    .execute();
            now.add(file.version());
        }
        return now;
    }

    Set<Integer> appliedVersions() {
        Set<Integer> versions = new HashSet<>();
        driver.executableQuery(APPLIED).execute().records()
                .forEach(r -> versions.add(r.get("version").asInt()));
        return versions;
    }

    /** The schema files shipped on the classpath under {@code graph-schema/} (from the top-level folder). */
    static List<SchemaFile> fromClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(SchemaMigrator.class.getClassLoader())
                    .getResources("classpath:graph-schema/V*.cypher");
            List<SchemaFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                String name = resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    files.add(parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            if (files.isEmpty()) {
                throw new GraphException("No graph-schema/V*.cypher files on the classpath");
            }
            files.sort(Comparator.comparingInt(SchemaFile::version));
            return files;
        } catch (IOException e) {
            throw new GraphException("Cannot read the graph schema files", e);
        }
    }

    static SchemaFile parse(String fileName, String text) {
        Matcher m = FILE_NAME.matcher(fileName == null ? "" : fileName);
        if (!m.matches()) {
            throw new GraphException("Schema file name must look like V001__description.cypher: " + fileName);
        }
        return new SchemaFile(Integer.parseInt(m.group(1)), fileName, text);
    }

    private static void checkDistinctVersions(List<SchemaFile> ordered) {
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new GraphException("Two schema files have version " + ordered.get(i).version()
                        + ": " + ordered.get(i - 1).name() + ", " + ordered.get(i).name());
            }
        }
    }
}
