package org.netboxauto.core.push;

/** A device or VM carrying netbox-auto's tag that no approved host matches: removable if the admin picks it. */
public record RemovalCandidate(ObjectRef.Existing ref, String name, String webUrl) {
}
