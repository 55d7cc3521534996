package vn.vbtrace.graph;

import java.util.Set;

/**
 * A program's documents as the graph gives them: by id, those that name or approve it ({@code naming}), and its
 * approving decisions ({@code approvers}), whose citers are the program's too. The citers are left to the caller's
 * index: a national program's decision has them by the hundred thousand.
 */
public record ProgramDocuments(Set<String> naming, Set<String> approvers) {
}
