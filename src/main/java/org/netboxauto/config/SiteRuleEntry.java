package org.netboxauto.config;

import java.util.Optional;
import org.netboxauto.core.Cidr;

/**
 * One {@code netbox.sites} entry as written: what it matches and where its hosts go in NetBox.
 *
 * @param vlanGroup overrides {@code netbox.vlan-group} for this rule's hosts
 */
public record SiteRuleEntry(Match match, String site, Optional<String> location, Optional<String> tenant,
                            Optional<String> vrf, Optional<String> vlanGroup) {

    /** {@code match}: every criterion given must hold; {@code switchName} is the key {@code switch}. */
    public record Match(Optional<String> source, Optional<Cidr> subnet, Optional<String> switchName) {
    }
}
