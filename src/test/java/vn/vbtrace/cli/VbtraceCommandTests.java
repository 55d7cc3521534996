package vn.vbtrace.cli;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line builds only the sub-command it is asked to run; help, no command and a mistyped one still see them
 * all. No store is opened: each case ends before a command's work (help, a usage error).
 */
class VbtraceCommandTests {

    /** The sub-commands the command line that runs {@code args} was built with, by name. */
    private static Set<String> built(String... args) {
        return VbtraceCommand.commandLine(args).getSubcommands().keySet();
    }

    @Test
    void theHelpListsEveryCommand() {
        CliIT.Run help = CliIT.run("--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("ingest", "extract", "search", "responsible", "obligations", "chain", "check", "serve",
                "reextract", "programs", "status", "catalog", "users");
        assertThat(built("--help")).hasSize(VbtraceCommand.SUBCOMMANDS.size());
    }

    @Test
    void aNamedCommandIsBuiltAloneAndKeepsTheInheritedHelpAndItsUsageErrors() {
        CliIT.Run help = CliIT.run("search", "--help");
        assertThat(built("search", "--help")).containsOnly("search");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Full-text search", "--limit");

        CliIT.Run badLimit = CliIT.run("chain", "1322/QĐ-TTg", "--depth", "100");
        assertThat(badLimit.status()).isEqualTo(2);
        assertThat(badLimit.err().strip())
                .isEqualTo("vbtrace chain: độ sâu phải từ 1 đến 10, không phải 100 (vbtrace chain --help)");
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithEveryCommandKnown() {
        CliIT.Run typo = CliIT.run("serch", "kinh phí");

        assertThat(built("serch", "kinh phí")).hasSize(VbtraceCommand.SUBCOMMANDS.size());
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err()).startsWith("vbtrace: ").contains("serch");
    }
}
