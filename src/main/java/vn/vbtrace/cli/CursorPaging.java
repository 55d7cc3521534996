package vn.vbtrace.cli;

import picocli.CommandLine.Option;

/**
 * A page of a long listing (a body's obligations, the programs): how many to show and the cursor an earlier page gave
 * as its {@code next}. The listings' own default page size is 100 ({@code ObligationService.PAGE},
 * {@code ProgramService.PAGE}).
 */
final class CursorPaging {

    @Option(names = "--limit", defaultValue = "100", description = "items per page, 1 to 1000 (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--after", paramLabel = "CURSOR", description = "the page after the one whose 'next' this is")
    String after;
}
