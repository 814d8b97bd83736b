package org.netboxauto.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigKeysTest {

    @Test
    void everySectionsKeysAreKnownFromTheValidator() {
        assertThat(ConfigKeys.keys()).contains("netbox.url", "netbox.token", "netbox.token-file",
                "netbox.tls.fingerprint-sha256", "store.url", "sources.scan.subnets", "correlation.hostname-precedence",
                "review.kinds", "dns.unbound.enabled", "watch.every", "alerts.gone-after", "names.enabled")
                .doesNotContain("netbox", "netbox.tls", "sources.routeros");
        assertThat(ConfigKeys.entryKeys("sources.routeros")).contains("name", "host", "transport", "password",
                "password-file", "tls.ca-file", "tls.fingerprint-sha256");
        assertThat(ConfigKeys.entryKeys("sources.snmp")).contains("community", "auth-password", "priv-password");
        assertThat(ConfigKeys.entryKeys("sources.dnsmasq")).contains("path", "ssh.host", "ssh.key-file");
    }

    @Test
    void defaultsAreThoseTheValidatorFallsBackTo() {
        assertThat(ConfigKeys.defaultValue("netbox.timeout")).isEqualTo("30s");
        assertThat(ConfigKeys.defaultValue("sources.kea[2].timeout")).isEqualTo("1m");
        assertThat(ConfigKeys.defaultValue("sources.routeros[0].collect")).isEqualTo("[dhcp-leases, arp]");
        assertThat(ConfigKeys.defaultValue("netbox.url")).isEmpty();
        assertThat(ConfigKeys.defaultValue("sources.scan.max-prefix-v6")).isEqualTo("120");
    }

    @Test
    void secretsAreTheKeysWithAFileTwin() {
        assertThat(ConfigKeys.isSecret("netbox.token")).isTrue();
        assertThat(ConfigKeys.isSecret("sources.proxmox[3].token-secret")).isTrue();
        assertThat(ConfigKeys.isSecret("alerts.channels[0].webhook.url")).isTrue();
        assertThat(ConfigKeys.isSecret("netbox.url")).isFalse();
        assertThat(ConfigKeys.isSecret("netbox.token-file")).isFalse();
    }

    @Test
    void anEntrysKeyIsSplitIntoListIndexAndKey() {
        assertThat(ConfigKeys.entryOf("sources.routeros[12].tls.ca-file"))
                .isEqualTo(new ConfigKeys.EntryKey("sources.routeros", 12, "tls.ca-file"));
        assertThat(ConfigKeys.entryOf("netbox.url")).isNull();
    }
}
