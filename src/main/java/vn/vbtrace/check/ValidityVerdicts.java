package vn.vbtrace.check;

import java.util.List;

import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.validity.Validity;

/**
 * The check's verdict on whether a cited document is in force: SUPERSEDED when it is replaced,
 * NOT_IN_FORCE when it has expired (wholly or in part) or is not in force yet; the message names the
 * replacing document and where the status comes from (the replacing clause, the portal, a staff note ...).
 */
final class ValidityVerdicts {

    private ValidityVerdicts() {
    }

    static void add(GraphDocument doc, Validity validity, List<Verdict> verdicts, List<String> messages) {
        if (validity == null) {
            return;
        }
        String by = validity.replacedBy() == null ? "" : " by " + validity.replacedBy().number();
        switch (validity.status()) {
            case REPLACED -> {
                verdicts.add(Verdict.SUPERSEDED);
                messages.add(doc.number() + " is replaced" + by + source(validity));
            }
            case EXPIRED -> {
                verdicts.add(Verdict.NOT_IN_FORCE);
                messages.add(doc.number() + (validity.replacedBy() != null ? " is repealed" + by : " is no longer in force")
                        + source(validity));
            }
            case PARTLY_EXPIRED -> {
                verdicts.add(Verdict.NOT_IN_FORCE);
                messages.add(doc.number() + " is partly no longer in force: check that the cited provisions still are"
                        + source(validity));
            }
            case NOT_YET_IN_FORCE -> {
                verdicts.add(Verdict.NOT_IN_FORCE);
                messages.add(doc.number() + " is not yet in force" + source(validity));
            }
            case IN_FORCE, UNKNOWN -> {
            }
        }
    }

    private static String source(Validity v) {
        return switch (v.source()) {
            case STAFF -> " (recorded by " + v.setBy() + (v.setAt() == null ? "" : " on " + v.setAt().toString().substring(0, 10))
                    + ": " + v.note() + ")";
            case REPLACEMENT, REPEAL -> v.evidence() == null ? "" : " (\"" + v.evidence() + "\")";
            case PORTAL -> " (portal status panel, " + v.evidence() + ")";
            case EFFECT_CLAUSE -> " (its effect clause: \"" + v.evidence() + "\")";
            case PROGRAM_PERIOD -> " (it " + v.evidence() + ")";
            case null -> "";
        };
    }
}
