package org.netboxauto.core;

import java.util.Optional;

/** Names the maker of a MAC address from its IEEE-assigned prefix. */
public interface VendorLookup {

    VendorLookup NONE = mac -> Optional.empty();

    /** Empty for locally administered MACs and unassigned prefixes. */
    Optional<String> vendorOf(MacAddress mac);
}
