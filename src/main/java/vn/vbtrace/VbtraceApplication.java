package vn.vbtrace;

import vn.vbtrace.cli.VbtraceCommand;

/** Entry point of target/vbtrace.jar: the command line; `serve` blocks until the server stops. */
public final class VbtraceApplication {

    private VbtraceApplication() {
    }

    public static void main(String[] args) {
        System.exit(VbtraceCommand.commandLine().execute(args));
    }
}
