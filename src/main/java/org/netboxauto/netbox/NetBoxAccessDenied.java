package org.netboxauto.netbox;

/** NetBox answered 403: a missing, wrong, expired or read-only token, or a missing permission. */
public final class NetBoxAccessDenied extends NetBoxException {

    private static final long serialVersionUID = 1L;

    public NetBoxAccessDenied(String target, String detail) {
        super(target, "403 " + detail + ". Check netbox.token: a v1 token is 40 hex digits, a v2 token is the whole"
                + " nbt_<key>.<secret> string; writes also need a token with write access");
    }
}
