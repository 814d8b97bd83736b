package org.netboxauto.ui.push;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.core.push.FailureCauses;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.service.PushAdvice;

/**
 * One reason a push did not do everything: a failed action or DNS target, NetBox's or the target's
 * answer, what to do, and what it held back (shown when the row is expanded).
 */
public record CauseRow(ActionRow.Shown shown, String what, String why, String advice, List<String> heldBack) {

    public CauseRow {
        heldBack = List.copyOf(heldBack);
    }

    /** {@code 45 actions not sent because create tag netbox-auto failed}, or blank. */
    public String heldBackLine() {
        return heldBack.isEmpty() ? "" : PushTexts.plural(heldBack.size(), "action", "actions") + " not sent because "
                + what + " failed";
    }

    static List<CauseRow> of(List<PushAction> actions, List<ActionOutcome> outcomes, List<DnsRow> dns) {
        List<CauseRow> rows = new ArrayList<>();
        for (FailureCauses.Cause c : FailureCauses.of(actions, outcomes)) {
            String why = c.outcome().message().orElse("");
            rows.add(new CauseRow(ActionRow.Shown.FAILED, c.failed().summary(), why, PushAdvice.of(why),
                    c.skipped().stream().map(PushAction::summary).toList()));
        }
        Map<String, List<DnsRow>> failedTargets = new LinkedHashMap<>();
        dns.stream().filter(d -> d.state() == State.FAILED)
                .forEach(d -> failedTargets.computeIfAbsent(d.where(), k -> new ArrayList<>()).add(d));
        failedTargets.forEach((where, changes) -> rows.add(new CauseRow(ActionRow.Shown.FAILED, "DNS " + where,
                changes.getFirst().message(), "correct what the target names, then push again: DNS takes all"
                + " its changes or none", changes.stream().map(d -> d.change().line()).toList())));
        List<String> notSent = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (outcomes.get(i).state() == State.PLANNED) {
                notSent.add(actions.get(i).summary());
            }
        }
        if (!notSent.isEmpty()) {
            rows.add(new CauseRow(ActionRow.Shown.NOT_SENT, "the push was cancelled", PushTexts.plural(notSent.size(),
                    "action was", "actions were") + " not sent", "preview again: the plan picks up what is left",
                    notSent));
        }
        return rows;
    }
}
