package org.netboxauto.service;

import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.PushAction;

/** Follows an applied push action by action; called from the pushing thread. */
public interface PushListener {

    PushListener NONE = (action, outcome, done, total) -> { };

    void finished(PushAction action, ActionOutcome outcome, int done, int total);
}
