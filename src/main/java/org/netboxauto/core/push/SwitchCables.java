package org.netboxauto.core.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.location.Neighbour;
import org.netboxauto.core.topology.SwitchLink;
import org.netboxauto.core.topology.SwitchReport;

/**
 * Plans cables between switches from what their LLDP/CDP tables say: the two switch interfaces of
 * each link, both ends found in NetBox. The far end is another polled switch, or a NetBox device
 * found by its chassis id, management IP or name. An interface already cabled to something else
 * is never cabled over: the plan says so instead. LAG members are cabled one by one; a link heard
 * on a LAG itself names no member and is reported.
 */
final class SwitchCables {

    private final List<SwitchReport> reports;
    private final SwitchMatcher matcher;
    private final PlanActions plan;
    private final Set<Long> cabledPorts;
    private final Map<String, SwitchMatch> matches = new LinkedHashMap<>();
    private final Map<String, SwitchReport> reportById = new HashMap<>();
    private final Map<Long, Map<String, SwitchInventory.Port>> portsByDevice = new HashMap<>();
    private final Set<String> planned = new HashSet<>();

    /** @param cabledPorts interface ids a cable is planned on, shared with the host cables */
    SwitchCables(List<SwitchReport> reports, SwitchInventory inventory, PlanActions plan, Set<Long> cabledPorts) {
        this.reports = reports;
        this.matcher = new SwitchMatcher(inventory);
        this.plan = plan;
        this.cabledPorts = cabledPorts;
        for (SwitchInventory.Port p : inventory.ports()) {
            portsByDevice.computeIfAbsent(p.deviceId(), k -> new HashMap<>()).putIfAbsent(lower(p.name()), p);
        }
        for (SwitchReport r : reports) {
            matches.put(r.switchName(), matcher.match(r));
            List<String> ids = new ArrayList<>(r.chassisIds());
            ids.add(r.switchName());
            r.sysName().ifPresent(ids::add);
            ids.addAll(r.managementIps());
            for (String id : ids) {
                for (String form : forms(id)) {
                    reportById.putIfAbsent(form, r);
                }
            }
        }
    }

    /** Each switch's match, by the name its ports are known by in port locations. */
    Map<String, SwitchMatch> matches() {
        return matches;
    }

    /** Says which switches are in no NetBox device, then plans the cable of every link both of whose ends are. */
    void plan(List<Object> tags, String tagKey) {
        for (SwitchReport r : reports) {
            SwitchMatch m = matches.get(r.switchName());
            if (m.device().isEmpty()) {
                plan.problem(Optional.empty(), "switch " + r.switchName(), "is not found in NetBox: " + m.reason()
                        + ". No cable is planned on its ports", false);
            }
        }
        for (SwitchReport r : reports) {
            SwitchMatch m = matches.get(r.switchName());
            if (m.device().isPresent()) {
                for (SwitchLink link : r.links()) {
                    link(r, m, link, tags, tagKey);
                }
            }
        }
    }

    private void link(SwitchReport near, SwitchMatch nearMatch, SwitchLink link, List<Object> tags, String tagKey) {
        String heard = near.switchName() + " " + link.localPort();
        Optional<SwitchReport> far = polled(link, near);
        Optional<SwitchInventory.Device> farDevice;
        String farHow;
        if (far.isPresent()) {
            SwitchMatch fm = matches.get(far.get().switchName());
            if (fm.device().isEmpty()) {
                return; // said once for that switch
            }
            farDevice = fm.device();
            farHow = fm.shown();
        } else {
            Optional<SwitchMatcher.Found> found = link.forwards()
                    ? matcher.neighbour(link.remoteIds(), link.remoteManagementIp()) : Optional.empty();
            if (found.isEmpty()) {
                return; // a phone, a camera, a host: no switch of NetBox's, and host cables cover hosts
            }
            farDevice = Optional.of(found.get().device());
            farHow = found.get().device().name() + " (" + found.get().how() + ")";
        }
        SwitchInventory.Device nd = nearMatch.device().orElseThrow();
        SwitchInventory.Device fd = farDevice.orElseThrow();
        if (nd.id() == fd.id()) {
            return;
        }
        String subject = "link " + heard;
        if (near.lagOf().containsValue(link.localPort())) {
            plan.problem(Optional.empty(), subject, link.protocol().toUpperCase(Locale.ROOT) + " was heard on the LAG "
                    + link.localPort() + " itself, which names none of its members; cable the members by hand", false);
            return;
        }
        Optional<SwitchInventory.Port> a = port(nd, link.localPort());
        if (a.isEmpty()) {
            plan.problem(Optional.empty(), subject, nd.name() + " has no interface " + link.localPort()
                    + " in NetBox; no cable to " + fd.name(), false);
            return;
        }
        Optional<SwitchInventory.Port> b = farPort(fd, link, far, near);
        if (b.isEmpty()) {
            plan.problem(Optional.empty(), subject, "the neighbour " + fd.name() + " has no interface in NetBox named "
                    + String.join(" or ", candidates(link)) + " (the port its " + link.protocol().toUpperCase(Locale.ROOT)
                    + " names); no cable", false);
            return;
        }
        SwitchInventory.Port pa = a.get();
        SwitchInventory.Port pb = b.get();
        String pair = Math.min(pa.id(), pb.id()) + "-" + Math.max(pa.id(), pb.id());
        if (!planned.add(pair) || pa.cablePeer().filter(p -> p == pb.id()).isPresent()) {
            return; // seen from the other end already, or NetBox has this cable
        }
        String between = nd.name() + " " + pa.name() + " and " + fd.name() + " " + pb.name();
        for (SwitchInventory.Port p : List.of(pa, pb)) {
            String name = (p == pa ? nd.name() : fd.name()) + " " + p.name();
            if (!p.cableable()) {
                plan.problem(Optional.empty(), subject, name + " is a " + p.type() + " interface in NetBox, which"
                        + " takes no cable; cables go between physical ports (a LAG's members one by one)", false);
                return;
            }
            if (p.cableId().isPresent()) {
                plan.problem(Optional.empty(), subject, name + " is already cabled to " + p.cabledTo().orElse("cable #"
                        + p.cableId().get()) + " in NetBox, but " + link.protocol().toUpperCase(Locale.ROOT)
                        + " finds " + between + " linked; the cable is left as it is. Remove it in NetBox if it is"
                        + " wrong, and push again", false);
                return;
            }
            if (cabledPorts.contains(p.id())) {
                plan.problem(Optional.empty(), subject, name + " already has a cable planned in this push; no second"
                        + " cable to it", false);
                return;
            }
        }
        cabledPorts.add(pa.id());
        cabledPorts.add(pb.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a_terminations", List.of(Map.of("object_type", NbType.INTERFACE.contentType(), "object_id",
                plan.label(new ObjectRef.Existing(NbType.INTERFACE, pa.id()), nd.name() + " " + pa.name()))));
        body.put("b_terminations", List.of(Map.of("object_type", NbType.INTERFACE.contentType(), "object_id",
                plan.label(new ObjectRef.Existing(NbType.INTERFACE, pb.id()), fd.name() + " " + pb.name()))));
        body.put("status", "connected");
        body.put("tags", tags);
        plan.create("cable:switch:" + pair, Stage.CABLES, NbType.CABLE, "cable " + nd.name() + " " + pa.name() + " to "
                + fd.name() + " " + pb.name() + " (" + link.protocol().toUpperCase(Locale.ROOT) + " on "
                + heard + "; " + nearMatch.shown() + ", " + farHow + ")", Optional.empty(), body, tagKey);
    }

    /** The other polled switch the neighbour's ids name. */
    private Optional<SwitchReport> polled(SwitchLink link, SwitchReport self) {
        List<String> ids = new ArrayList<>(link.remoteIds());
        link.remoteManagementIp().ifPresent(ids::add);
        for (String id : ids) {
            for (String form : forms(id)) {
                SwitchReport r = reportById.get(form);
                if (r != null && r != self) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The far interface: the one the neighbour's port id or description names, else, when the far
     * switch is polled, its one port whose neighbour is this link's near port.
     */
    private Optional<SwitchInventory.Port> farPort(SwitchInventory.Device fd, SwitchLink link,
                                                   Optional<SwitchReport> far, SwitchReport near) {
        for (String name : candidates(link)) {
            Optional<SwitchInventory.Port> p = port(fd, name);
            if (p.isPresent()) {
                return p;
            }
        }
        if (far.isEmpty()) {
            return Optional.empty();
        }
        List<String> back = new ArrayList<>();
        for (SwitchLink l : far.get().links()) {
            if (polled(l, far.get()).filter(r -> r == near).isPresent()
                    && candidates(l).stream().anyMatch(c -> c.equalsIgnoreCase(link.localPort()))) {
                back.add(l.localPort());
            }
        }
        return back.size() == 1 ? port(fd, back.get(0)) : Optional.empty();
    }

    private static List<String> candidates(SwitchLink link) {
        List<String> out = new ArrayList<>(2);
        link.remotePort().ifPresent(out::add);
        link.remotePortDescription().filter(d -> !out.contains(d)).ifPresent(out::add);
        return out;
    }

    private Optional<SwitchInventory.Port> port(SwitchInventory.Device d, String name) {
        return Optional.ofNullable(portsByDevice.getOrDefault(d.id(), Map.of()).get(lower(name)));
    }

    private static List<String> forms(String id) {
        String clean = Neighbour.cleanId(id);
        int dot = clean.indexOf('.');
        return dot > 0 && Character.isLetter(clean.charAt(0)) ? List.of(clean, clean.substring(0, dot)) : List.of(clean);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
