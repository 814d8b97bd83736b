package org.netboxauto.ui.review;

import org.netboxauto.core.Decision;

/** How the tab words a saved decision in its message line. */
final class DecisionText {

    private DecisionText() {
    }

    static String describe(Decision decision, int count) {
        return switch (decision) {
            case Decision.SetState s -> switch (s.state()) {
                case APPROVED -> "Approved ";
                case REJECTED -> "Rejected ";
                case PENDING -> "Back to pending: ";
            } + hosts(count);
            case Decision.Classify c -> c.kind().map(k -> "Classified " + hosts(count) + " as " + k)
                    .orElse("Cleared the kind of " + hosts(count));
            case Decision.Override o -> "Saved the overrides and note of " + hosts(count);
            case Decision.Note n -> "Saved the note of " + hosts(count);
        };
    }

    static String hosts(int n) {
        return n == 1 ? "1 host" : n + " hosts";
    }
}
