package vn.vbtrace.check;

import java.util.List;

import vn.vbtrace.validity.Validity;

/**
 * The check's verdict on whether a cited document is in force: SUPERSEDED when it is replaced,
 * NOT_IN_FORCE when it has expired (wholly or in part) or is not in force yet; the message names the
 * replacing document and where the status comes from (the replacing clause, the catalog, the portal, a staff note ...).
 */
final class ValidityVerdicts {

    private ValidityVerdicts() {
    }

    static void add(String name, Validity validity, List<Verdict> verdicts, List<String> messages) {
        if (validity == null) {
            return;
        }
        String by = validity.replacedBy() == null ? "" : " bởi " + validity.replacedBy().number();
        switch (validity.status()) {
            case REPLACED -> {
                verdicts.add(Verdict.SUPERSEDED);
                messages.add(name + " đã bị thay thế" + by + source(validity));
            }
            case EXPIRED -> {
                verdicts.add(Verdict.NOT_IN_FORCE);
                messages.add(name + (validity.replacedBy() != null ? " đã bị bãi bỏ" + by : " đã hết hiệu lực") + source(validity));
            }
            case PARTLY_EXPIRED -> {
                verdicts.add(Verdict.NOT_IN_FORCE);
                messages.add(name + " đã hết hiệu lực một phần: cần kiểm tra các quy định được viện dẫn còn hiệu lực" + source(validity));
            }
            case NOT_YET_IN_FORCE -> {
                verdicts.add(Verdict.NOT_IN_FORCE);
                messages.add(name + " chưa có hiệu lực" + source(validity));
            }
            case IN_FORCE, UNKNOWN -> {
            }
        }
    }

    /** Where the status comes from, in the words staff use. */
    static String source(Validity v) {
        return switch (v.source()) {
            case STAFF -> " (cán bộ " + v.setBy() + " ghi nhận" + (v.setAt() == null ? "" : " ngày " + v.setAt().toString().substring(0, 10))
                    + ": " + v.note() + ")";
            case REPLACEMENT, REPEAL -> v.evidence() == null ? "" : " (\"" + v.evidence() + "\")";
            case CATALOG -> " (" + v.evidence() + ")";
            case PORTAL -> " (cổng thông tin, " + v.evidence() + ")";
            case EFFECT_CLAUSE -> " (điều khoản hiệu lực: \"" + v.evidence() + "\")";
            case PROGRAM_PERIOD -> " (" + v.evidence() + ")";
            case null -> "";
        };
    }
}
