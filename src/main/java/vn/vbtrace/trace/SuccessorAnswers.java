package vn.vbtrace.trace;

import java.time.Clock;
import java.time.LocalDate;

import vn.vbtrace.reorg.Successions;
import vn.vbtrace.validity.ValidityService;

/**
 * Adds to each duty the body that holds it today (issue 14): the answer keeps the body as the document wrote it and
 * gains {@code successor} when the 2025 reorganization merged the body or its province.
 */
public final class SuccessorAnswers {

    private final Successions successions;
    private final Clock clock;

    public SuccessorAnswers(Successions successions, Clock clock) {
        this.successions = successions;
        this.clock = clock;
    }

    public SuccessorAnswers() {
        this(Successions.shipped(), Clock.system(ValidityService.VIETNAM));
    }

    public ResponsibleAnswers decorate(ResponsibleAnswers answers) {
        LocalDate today = LocalDate.now(clock);
        return new ResponsibleAnswers(answers.answers().stream()
                .map(a -> a.withSuccessor(successions.successor(a.body(), a.province(), today).orElse(null))).toList());
    }

    Obligations.Obligation decorate(Obligations.Obligation o, LocalDate today) {
        return new Obligations.Obligation(o.body(), o.role(), o.task(), o.deadline(), o.nextDue(), o.recurring(), o.overdue(),
                o.document(), o.quote(), o.start(), o.end(), o.province(),
                successions.successor(o.body(), o.province(), today).orElse(null));
    }

    Successions successions() {
        return successions;
    }
}
