package vn.vbtrace.trace;

import java.time.Clock;
import java.time.LocalDate;

import vn.vbtrace.reorg.HoldersToday;
import vn.vbtrace.reorg.Successions;
import vn.vbtrace.validity.ValidityService;

/**
 * Adds to each duty the body that holds it today (issue 14): the answer keeps the body as the document wrote it and
 * gains {@code successor} when the 2025 reorganization merged the body or its province.
 */
public final class SuccessorAnswers {

    private final HoldersToday holders;

    public SuccessorAnswers(HoldersToday holders) {
        this.holders = holders;
    }

    public SuccessorAnswers() {
        this(new HoldersToday(Successions.shipped(), Clock.system(ValidityService.VIETNAM)));
    }

    public ResponsibleAnswers decorate(ResponsibleAnswers answers) {
        LocalDate today = holders.today();
        return new ResponsibleAnswers(answers.answers().stream()
                .map(a -> a.withSuccessor(holders.successor(a.body(), a.province(), today).orElse(null))).toList());
    }

    Obligations.Obligation decorate(Obligations.Obligation o, LocalDate today) {
        return new Obligations.Obligation(o.body(), o.role(), o.task(), o.deadline(), o.nextDue(), o.recurring(), o.overdue(),
                o.document(), o.quote(), o.start(), o.end(), o.province(),
                holders.successor(o.body(), o.province(), today).orElse(null));
    }

    HoldersToday holders() {
        return holders;
    }
}
