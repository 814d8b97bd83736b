package org.netboxauto.service;

import java.util.List;
import org.netboxauto.core.dns.DnsProblem;

/** The DNS changes a push would make, per enabled target, and the records that cannot be written. */
public record DnsPreview(List<DnsTargetPlan> targets, List<DnsProblem> problems) {

    public DnsPreview {
        targets = List.copyOf(targets);
        problems = List.copyOf(problems);
    }
}
