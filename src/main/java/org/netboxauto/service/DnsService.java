package org.netboxauto.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.netboxauto.config.AppConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.core.dns.DnsPlan;
import org.netboxauto.core.dns.DnsPlanner;
import org.netboxauto.core.dns.DnsProblem;
import org.netboxauto.dns.DnsTarget;
import org.netboxauto.dns.DnsTargetException;
import org.netboxauto.dns.rfc2136.Rfc2136Target;
import org.netboxauto.dns.unbound.UnboundTarget;

/** DNS records of approved hosts: preview (reads, never writes) and apply, per enabled target. */
public final class DnsService {

    private final Function<AppConfig, List<DnsTarget>> targets;

    public DnsService() {
        this(config -> enabledTargets(config, System::getenv));
    }

    /** {@code env} gives environment variables (the SSH key's passphrase). */
    public static DnsService withEnvironment(Function<String, String> env) {
        return new DnsService(config -> enabledTargets(config, env));
    }

    /** With the given targets per configuration: for tests that watch what a target is sent. */
    public DnsService(Function<AppConfig, List<DnsTarget>> targets) {
        this.targets = targets;
    }

    /** The enabled ones of dns.unbound and dns.rfc2136; none when neither is enabled. */
    public static List<DnsTarget> enabledTargets(AppConfig config, Function<String, String> env) {
        List<DnsTarget> out = new ArrayList<>();
        if (config.dns().unbound().enabled()) {
            out.add(UnboundTarget.overSsh(config.dns().unbound(), env));
        }
        if (config.dns().rfc2136().enabled()) {
            out.add(Rfc2136Target.of(config.dns().rfc2136()));
        }
        return out;
    }

    /**
     * Reads each enabled target's current records and computes the changes for these hosts. Network,
     * but no writes. inScope = hosts being pushed now; allApproved = every approved host (records of
     * approved hosts outside the scope are left as they are; a current record no approved host yields
     * any more is removed).
     *
     * @throws DnsUnavailableException when a target cannot be read, naming it and what to do
     */
    public DnsPreview preview(AppConfig config, List<DnsHost> inScope, List<DnsHost> allApproved) {
        DnsPreview preview = preview(config, inScope, allApproved, Map.of());
        for (DnsTargetPlan t : preview.targets()) {
            if (t.error().isPresent()) {
                throw new DnsUnavailableException(t.error().get(), null);
            }
        }
        return preview;
    }

    /**
     * As {@link #preview(AppConfig, List, List)}, target by target: one that cannot be read has its
     * error and no changes, and the others are planned all the same.
     *
     * @param heldBack hosts of the push that get no DNS change, with the reason the plan gives
     */
    public DnsPreview preview(AppConfig config, List<DnsHost> inScope, List<DnsHost> allApproved,
                              Map<MacAddress, String> heldBack) {
        List<DnsTargetPlan> plans = new ArrayList<>();
        Set<DnsProblem> problems = new LinkedHashSet<>();
        for (DnsTarget target : targets.apply(config)) {
            DnsPlan plan;
            try {
                plan = DnsPlanner.plan(target.zones(), inScope, allApproved, target.read(), heldBack);
            } catch (DnsTargetException e) {
                plans.add(DnsTargetPlan.unreadable(target.target(), target.where(), e.getMessage()));
                continue;
            }
            plans.add(new DnsTargetPlan(target.target(), target.where(), plan.changes(), plan.names(),
                    Optional.empty()));
            problems.addAll(plan.problems());
        }
        return new DnsPreview(plans, List.copyOf(problems));
    }

    /**
     * Applies one target's changes exactly as previewed; if the target changed since the preview in a
     * conflicting way, nothing is written and the result says so.
     */
    public DnsApplyResult apply(AppConfig config, DnsTargetPlan plan) {
        for (DnsTarget target : targets.apply(config)) {
            if (target.target().equals(plan.target())) {
                try {
                    target.apply(plan.changes());
                    return DnsApplyResult.done(plan.target());
                } catch (DnsTargetException e) {
                    return DnsApplyResult.failed(plan.target(), e.getMessage());
                } catch (RuntimeException e) {
                    return DnsApplyResult.failed(plan.target(), plan.target() + ": the update failed unexpectedly ("
                            + e + "); preview the push again");
                }
            }
        }
        return DnsApplyResult.failed(plan.target(), plan.target() + " is not enabled in this configuration;"
                + " set " + plan.target() + ".enabled = true or preview the push again");
    }
}
