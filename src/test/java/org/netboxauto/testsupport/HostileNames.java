package org.netboxauto.testsupport;

import java.util.List;

/** Host names as hostile or broken DHCP clients send them. */
public final class HostileNames {

    public static final List<String> CORPUS = List.of(
            "web\"01", "quote\"; local-zone: \"evil.\" redirect", "line\nlocal-data: \"evil. A 6.6.6.6\"",
            "cr\rserver:", "x; rm -rf /", "$(reboot)", "`id`", "a && b || c", "pipe|tee", "nul\u0000byte",
            "back\\slash", "tab\tname", "'single'", "%s%n%x", "../../etc/passwd", "c\u043er\u0435-\u0455w",
            "zero\u200bwidth", "rtl\u202eexe.txt", "\uFF37\uFF25\uFF22", "emoji\uD83D\uDE00host", "a".repeat(300),
            "", "   ", "-", "..", "xn--80ak6aa92e", "include: /etc/shadow", "# comment", "{brace}", "$HOME",
            "*wild*", "UPPER.lan.example.com.", "dots.in.the.name", "@", "\\000\\.", "x\u0085nel");

    private HostileNames() {
    }
}
