package vn.vbtrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vbtrace.graph.GraphSettings;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.GraphUnreachableException;
import vn.vbtrace.graph.Neo4jServerProcess;

/**
 * Issue 13, point 3: against a real Neo4j server (its own process, authentication on), a wrong password is one clear
 * line, Vietnamese first, naming the variables to fix, from the command line and from {@code serve}: exit status 1,
 * no stack trace, nothing started. The user and the server are right; only the password is wrong.
 */
class GraphServerLoginIT {

    @TempDir
    Path dir;

    /** Each test tries one wrong password; the right one afterwards resets Neo4j's count of failed logins. */
    @AfterEach
    void loginAgain() {
        Neo4jServerProcess.shared().awaitLogin();
    }

    @Test
    void aWrongPasswordIsRefusedWithOneVietnameseLineOverBoltAndNeo4jUris() {
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        for (String scheme : List.of("bolt", "neo4j")) {
            String uri = server.uri(scheme);
            assertThatThrownBy(() -> GraphStore.open(GraphSettings.remote(uri, Neo4jServerProcess.USER, server.password() + "x")))
                    .isInstanceOf(GraphUnreachableException.class)
                    .hasMessage(expected(uri));
            server.awaitLogin();
            // The right password opens the same server: it is the password that was refused, not the server.
            try (GraphStore store = GraphStore.open(GraphSettings.remote(uri, Neo4jServerProcess.USER, server.password()))) {
                assertThat(store.documentCount()).isNotNegative();
            }
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheLoginAndThatIsSaidToo() {
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        String uri = server.uri("bolt");
        List<String> messages = new ArrayList<>();
        for (int attempt = 0; attempt < 6 && messages.stream().noneMatch(m -> m.contains("tạm khóa")); attempt++) {
            try {
                GraphStore.verifyLogin(GraphSettings.remote(uri, Neo4jServerProcess.USER, "wrong-" + attempt));
            } catch (GraphUnreachableException e) {
                messages.add(e.getMessage());
            }
        }
        // Neo4j's default: three wrong passwords in a row, then even the right one is refused for five seconds.
        assertThat(messages).hasSize(4).first().isEqualTo(expected(uri));
        assertThat(messages.getLast()).isEqualTo("Neo4j tại " + uri + " tạm khóa đăng nhập vì sai mật khẩu nhiều lần liên tiếp:"
                + " kiểm tra VBTRACE_GRAPH_USER / VBTRACE_GRAPH_PASSWORD rồi thử lại sau ít giây"
                + " / the Neo4j server locked the login after too many wrong passwords");
    }

    @Test
    void theCommandLineSaysWhichPasswordToFixInOneLine() throws Exception {
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        String uri = server.uri("bolt");
        Result chain = vbtrace(uri, server.password() + "x", "chain", "1852/QĐ-UBND", "--data", dir.resolve("data").toString());

        assertThat(chain.status()).as(chain.output()).isEqualTo(1);
        assertThat(chain.lines()).as("the whole output of the command").containsExactly("vbtrace chain: " + expected(uri));
    }

    @Test
    void serveSaysItInOneLineAndStartsNothing() throws Exception {
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        String uri = server.uri("neo4j");
        Path data = dir.resolve("data");
        Result serve = vbtrace(uri, "neo4j", "serve", "--data", data.toString(), "--port", "0");

        assertThat(serve.status()).as(serve.output()).isEqualTo(1);
        assertThat(serve.lines()).as("the whole output of serve").containsExactly("vbtrace serve: " + expected(uri));
        assertThat(data.resolve("index")).as("no store was opened").doesNotExist();
    }

    private static String expected(String uri) {
        return "Không đăng nhập được vào Neo4j tại " + uri + ": sai tên hoặc mật khẩu (VBTRACE_GRAPH_USER / VBTRACE_GRAPH_PASSWORD)"
                + " / the Neo4j server refused the credentials given";
    }

    record Result(int status, String output) {
        /** The output's lines, without the JVM's own notices about Neo4j's libraries (not vbtrace's to print). */
        List<String> lines() {
            return output.lines().filter(l -> !l.isBlank() && !l.startsWith("WARNING: ")).toList();
        }
    }

    /** vbtrace as a user runs it: its own JVM, the graph named by the environment variables. */
    private Result vbtrace(String uri, String password, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Neo4jServerProcess.javaCommand("-Xmx512m"));
        command.add("vn.vbtrace.VbtraceApplication");
        command.addAll(List.of(args));
        Path log = dir.resolve("vbtrace-" + args[0] + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VBTRACE_GRAPH_URI", uri);
        builder.environment().put("VBTRACE_GRAPH_USER", Neo4jServerProcess.USER);
        builder.environment().put("VBTRACE_GRAPH_PASSWORD", password);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("vbtrace " + args[0] + " did not stop within 3 minutes: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
