package org.netboxauto.netbox;

/** A NetBox object known by id, name and slug: a site, role, tag, platform… */
public record NamedRef(long id, String name, String slug) {
}
