package org.netboxauto.service;

import java.util.regex.Pattern;

/** What to do about a failed push action, read from NetBox's answer. */
public final class PushAdvice {

    private static final Pattern CANNOT_WRITE = Pattern.compile("(^|: )40[35] ");
    private static final Pattern UNREACHABLE = Pattern.compile("(?i)unreachable|timed out|connection refused");

    private PushAdvice() {
    }

    public static String of(String message) {
        if (CANNOT_WRITE.matcher(message).find()) {
            return "the token cannot write; use a write-enabled token (netbox.token), then push again";
        }
        if (message.startsWith("NetBox refused it")) {
            return "correct what NetBox names, in NetBox or in the review, then push again";
        }
        if (UNREACHABLE.matcher(message).find()) {
            return "check that NetBox is up and reachable from here, then push again";
        }
        return "push again once the cause is fixed: the plan is made anew, so nothing done is done twice";
    }
}
