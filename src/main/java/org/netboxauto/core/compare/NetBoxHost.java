package org.netboxauto.core.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.MacAddress;

/**
 * A NetBox device or VM with what matching and diffing need, read from one snapshot.
 *
 * @param status NetBox's status value, e.g. {@code active}
 * @param webUrl the object's page in NetBox's web UI
 */
public record NetBoxHost(NetBoxKind kind, long id, Optional<String> name, String status, Optional<String> site,
                         List<NetBoxInterface> interfaces, Optional<String> primaryIp, String webUrl) {

    public NetBoxHost {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(site, "site");
        interfaces = List.copyOf(interfaces);
        Objects.requireNonNull(primaryIp, "primaryIp");
        Objects.requireNonNull(webUrl, "webUrl");
    }

    public List<MacAddress> macs() {
        if (interfaces.size() == 1 && interfaces.getFirst().macs().size() <= 1) {
            return interfaces.getFirst().macs();
        }
        return interfaces.stream().flatMap(i -> i.macs().stream()).distinct().toList();
    }

    /** Every IP of every interface, with prefix length. */
    public List<String> ips() {
        if (interfaces.size() == 1 && interfaces.getFirst().ips().size() <= 1) {
            return interfaces.getFirst().ips();
        }
        return interfaces.stream().flatMap(i -> i.ips().stream()).distinct().toList();
    }

    /** {@code device 12 web01}, for messages. */
    public String label() {
        return kind + " " + name.orElse("#" + id);
    }
}
