package org.netboxauto.ui.push;

/** The wizard's pages, in order: what to push, what it would change, applying it, what it did. */
public enum PushStep {
    SCOPE("Scope"), PREVIEW("Preview"), APPLY("Apply"), SUMMARY("Summary");

    private final String title;

    PushStep(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
