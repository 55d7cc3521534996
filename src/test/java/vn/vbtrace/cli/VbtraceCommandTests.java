package vn.vbtrace.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line builds only the sub-command it is asked to run; help, no command and a mistyped one still see them
 * all. No store is opened: each case ends before a command's work (help, a usage error).
 */
class VbtraceCommandTests {

    private record Run(CommandLine cli, int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = VbtraceCommand.commandLine(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(cli, status, out.toString(), err.toString());
    }

    @Test
    void theHelpListsEveryCommand() {
        Run help = run("--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("ingest", "extract", "search", "responsible", "obligations", "chain", "check", "serve",
                "reextract", "programs", "status", "catalog", "users");
        assertThat(help.cli().getSubcommands()).hasSize(VbtraceCommand.SUBCOMMANDS.size());
    }

    @Test
    void aNamedCommandIsBuiltAloneAndKeepsTheInheritedHelpAndItsUsageErrors() {
        Run help = run("search", "--help");
        assertThat(help.cli().getSubcommands()).containsOnlyKeys("search");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Full-text search", "--limit");

        Run badLimit = run("chain", "1322/QĐ-TTg", "--depth", "100");
        assertThat(badLimit.status()).isEqualTo(2);
        assertThat(badLimit.err().strip())
                .isEqualTo("vbtrace chain: độ sâu phải từ 1 đến 10, không phải 100 (vbtrace chain --help)");
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithEveryCommandKnown() {
        Run typo = run("serch", "kinh phí");

        assertThat(typo.cli().getSubcommands()).hasSize(VbtraceCommand.SUBCOMMANDS.size());
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err()).startsWith("vbtrace: ").contains("serch");
    }
}
