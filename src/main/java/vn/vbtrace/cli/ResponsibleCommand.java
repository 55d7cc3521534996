package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.search.SearchService;
import vn.vbtrace.system.Stores;
import vn.vbtrace.trace.ResponsibleAnswers;
import vn.vbtrace.trace.ResponsibleService;

/** Who is responsible for X: body, role, task, deadline and the clause it comes from. */
@Command(name = "responsible", description = "Who is responsible for a task, with the clause that says so.")
final class ResponsibleCommand extends BaseCommand {

    @Parameters(paramLabel = "QUESTION")
    String question;

    @Option(names = "--document", paramLabel = "NUMBER", description = "only duties in this document")
    String document;

    @Option(names = "--province", description = "only duties in documents issued in this province, e.g. \"Bắc Kạn\"")
    String province;

    @Option(names = "--program", paramLabel = "KEY", description = "only duties in documents of this program (its key or the approving decision's number, e.g. 1322/QĐ-TTg)")
    String program;

    @Override
    protected void validate() {
        check(() -> SearchService.checkLength("QUESTION", question));
        if (question.isBlank()) {
            throw usage("hãy đặt câu hỏi, ví dụ \"ai bố trí kinh phí\"");
        }
    }

    @Override
    protected int run() {
        ResponsibleAnswers answers = server().map(server -> server.get("/api/responsible",
                        ServerClient.query("q", question, "document", document, "province", province, "program", program),
                        ResponsibleAnswers.class))
                .orElseGet(() -> {
                    try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
                        return new ResponsibleService(stores.graph(), stores.tasks()).answer(question, document, province, program);
                    }
                });
        if (json) {
            printJson(answers);
            return OK;
        }
        if (answers.answers().isEmpty()) {
            out().println("No answer found in the repository.");
        }
        for (ResponsibleAnswers.Answer a : answers.answers()) {
            out().printf("%s (%s)%s — %s%n    %s%n", a.body(), a.role(), a.deadline() == null ? "" : " by " + a.deadline(),
                    a.document().number() != null ? a.document().number() : ExtractCommand.nullToDash(a.document().title()), ExtractCommand.abbreviate(a.quote() == null ? a.task() : a.quote()));
            printSuccessor(a.successor());
        }
        return OK;
    }
}
