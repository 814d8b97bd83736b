#!/usr/bin/env python3
"""Writes the expected port of every forwarding entry of each .snmprec recording.

An independent reading of the recordings (not of the Java code), used as test fixtures:
    python3 src/test/scripts/snmp_expected_locations.py /work/shared/testdata/snmp \
        src/test/resources/org/netboxauto/discovery/snmp/expected

Reading rules (from the MIBs and testdata/snmp/README.md):
- snmpsimd walks return the first copy of a duplicated OID.
- Q-BRIDGE rows first (index FdbId.MAC, or FdbId.6.MAC); the VLAN is the only VLAN whose
  dot1qVlanFdbId names the FdbId; with no dot1qVlanFdbId at all the FdbId itself (not on Juniper).
  BRIDGE-MIB rows (index MAC or 6.MAC) for MACs Q-BRIDGE does not hold, VLAN unknown.
- Left out: status self(4), multicast/zero MACs, the switch's own dot1dBaseBridgeAddress
  (6 octets, or 17 characters of text on ZyNOS).
- Port 0 -> "port-0"; a bridge port missing from dot1dBasePortIfIndex -> "no-ifindex";
  otherwise ifName, else ifDescr, of the ifIndex.
- lldpRemSysCapEnabled: BITS octets, MikroTik's INTEGER (bit 0 = 1), or net-snmp display text "28 00 2 4".
- Uplink (single switch, threshold 8): more than 8 distinct MACs, ifType 161 or a LAG member,
  Cisco trunking, or an LLDP/CDP neighbour that bridges or routes and is no phone/AP.
- Location: of a MAC's rows on non-uplink ports, the port with the fewest MACs.
Output columns: mac, vlan (or -), port, expected (located | uplink | port-0 | no-ifindex).
"""
import os
import sys
from collections import defaultdict

THRESHOLD = 8


def load(path):
    rows = {}
    for line in open(path, encoding='utf-8', errors='replace'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        parts = line.split('|', 2)
        if len(parts) < 3:
            continue
        oid, tag, value = parts
        if oid not in rows:
            rows[oid] = (tag, value)
    return rows


def column(rows, prefix):
    out = {}
    for oid, tv in rows.items():
        if oid.startswith(prefix + '.'):
            out[tuple(int(x) for x in oid[len(prefix) + 1:].split('.'))] = tv
    return out


def as_bytes(tv):
    tag, value = tv
    if tag == '4x':
        return bytes.fromhex(value)
    return value.encode('utf-8')


def as_int(tv):
    try:
        return int(tv[1])
    except ValueError:
        return None


def text(tv):
    b = as_bytes(tv).decode('utf-8', errors='replace').strip()
    if len(b) >= 2 and b[0] == '"' and b[-1] == '"':
        b = b[1:-1]
    return ''.join(c for c in b if c.isprintable()).strip()


def mac_of(subids):
    if len(subids) == 7 and subids[0] == 6:
        subids = subids[1:]
    if len(subids) != 6 or any(x < 0 or x > 255 for x in subids):
        return None
    if subids[0] & 1 or not any(subids):
        return None
    return ':'.join('%02x' % x for x in subids)


def roles_lldp(tv):
    if tv is None:
        return set()
    if tv[0] in ('2', '66'):
        v = as_int(tv) or 0
        bits = {i for i in range(16) if v & (1 << i)}
    else:
        b = as_bytes(tv)
        tokens = b.decode('ascii', errors='replace').split()
        if tv[0] == '4' and tokens and len(tokens[0]) == 2 and all(
                all(c in '0123456789abcdefABCDEF' for c in t) for t in tokens):
            # LibreNMS kept net-snmp's display of BITS: hex octets, then the bit numbers ("28 00 2 4")
            octets = []
            for t in tokens:
                if len(t) != 2:
                    break
                octets.append(t)
            b = bytes.fromhex(''.join(octets))
        bits = {i * 8 + j for i in range(min(2, len(b))) for j in range(8) if b[i] & (0x80 >> j)}
    return {name for bit, name in ((2, 'bridge'), (3, 'ap'), (4, 'router'), (5, 'phone')) if bit in bits}


def roles_cdp(tv, platform):
    v = int.from_bytes(as_bytes(tv), 'big') if tv else 0
    roles = set()
    if v & 0x01:
        roles.add('router')
    if v & 0x0E:
        roles.add('bridge')
    if v & 0x80 or 'phone' in platform.lower():
        roles.add('phone')
    if 'AIR-' in platform.upper():
        roles.add('ap')
    return roles


def forwards(roles):
    return not ({'phone', 'ap'} & roles) and bool({'bridge', 'router'} & roles)


def expected(path):
    rows = load(path)
    sys_oid = rows.get('1.3.6.1.2.1.1.2.0', ('6', ''))[1]
    names = {k[0]: text(v) for k, v in column(rows, '1.3.6.1.2.1.2.2.1.2').items() if text(v)}
    names.update({k[0]: text(v) for k, v in column(rows, '1.3.6.1.2.1.31.1.1.1.1').items() if text(v)})
    bp = {k[0]: as_int(v) for k, v in column(rows, '1.3.6.1.2.1.17.1.4.1.2').items()}
    own = None
    if '1.3.6.1.2.1.17.1.1.0' in rows:
        b = as_bytes(rows['1.3.6.1.2.1.17.1.1.0'])
        if len(b) == 6:
            own = ':'.join('%02x' % x for x in b)
        elif len(b) == 17:
            # ZyNOS returns its bridge address as text, aa:bb:cc:dd:ee:ff
            own = b.decode('ascii', errors='replace').lower()
    fdb_vlans = defaultdict(set)
    for k, v in column(rows, '1.3.6.1.2.1.17.7.1.4.2.1.3').items():
        if len(k) == 2:
            fdb_vlans[as_int(v)].add(k[1])
    entries = []
    q_status = column(rows, '1.3.6.1.2.1.17.7.1.2.2.1.3')
    q_macs = set()
    for k, v in column(rows, '1.3.6.1.2.1.17.7.1.2.2.1.2').items():
        mac = mac_of(list(k[1:]))
        if mac is None or (q_status.get(k) and as_int(q_status[k]) == 4):
            continue
        if fdb_vlans:
            vl = fdb_vlans.get(k[0], set())
            vlan = str(next(iter(vl))) if len(vl) == 1 else '-'
        else:
            vlan = str(k[0]) if not sys_oid.startswith('1.3.6.1.4.1.2636') and 1 <= k[0] <= 4094 else '-'
        entries.append((mac, vlan, as_int(v)))
        q_macs.add(mac)
    d_status = column(rows, '1.3.6.1.2.1.17.4.3.1.3')
    for k, v in column(rows, '1.3.6.1.2.1.17.4.3.1.2').items():
        mac = mac_of(list(k))
        if mac is None or mac in q_macs or (d_status.get(k) and as_int(d_status[k]) == 4):
            continue
        entries.append((mac, '-', as_int(v)))
    entries = [e for e in entries if e[0] != own]

    lags = {k[0] for k, v in column(rows, '1.3.6.1.2.1.2.2.1.3').items() if as_int(v) == 161}
    for k, v in column(rows, '1.2.840.10006.300.43.1.2.1.1.13').items():
        if as_int(v) and as_int(v) != k[0]:
            lags.add(k[0])
    trunks = {k[0] for k, v in column(rows, '1.3.6.1.4.1.9.9.46.1.6.1.1.14').items() if as_int(v) == 1}
    switch_facing = set()
    by_name = {n.lower(): i for i, n in sorted(names.items(), reverse=True)}
    loc_id = {k[0]: text(v) for k, v in column(rows, '1.0.8802.1.1.2.1.3.7.1.3').items()}
    loc_desc = {k[0]: text(v) for k, v in column(rows, '1.0.8802.1.1.2.1.3.7.1.4').items()}

    def local_if(n):
        for t in (loc_id.get(n), loc_desc.get(n)):
            if t and t.lower() in by_name:
                return by_name[t.lower()]
        if n in bp:
            return bp[n]
        return n if n in names else None

    caps = column(rows, '1.0.8802.1.1.2.1.4.1.1.12')
    for k in set(column(rows, '1.0.8802.1.1.2.1.4.1.1.5')) | set(caps):
        if len(k) == 3 and forwards(roles_lldp(caps.get(k))):
            i = local_if(k[1])
            if i is not None:
                switch_facing.add(i)
    platforms = column(rows, '1.3.6.1.4.1.9.9.23.1.2.1.1.8')
    cdp_caps = column(rows, '1.3.6.1.4.1.9.9.23.1.2.1.1.9')
    for k in column(rows, '1.3.6.1.4.1.9.9.23.1.2.1.1.6'):
        platform = text(platforms[k]) if k in platforms else ''
        if len(k) == 2 and forwards(roles_cdp(cdp_caps.get(k), platform)):
            switch_facing.add(k[0])

    resolved = []
    port_macs = defaultdict(set)
    for mac, vlan, port in entries:
        if port == 0:
            resolved.append((mac, vlan, '', 'port-0', None))
        elif port not in bp or not bp[port]:
            resolved.append((mac, vlan, '', 'no-ifindex', None))
        else:
            i = bp[port]
            name = names.get(i, 'ifIndex %d' % i)
            resolved.append((mac, vlan, name, None, i))
            port_macs[name].add(mac)
    uplink_ports = {n for n, m in port_macs.items() if len(m) > THRESHOLD}
    for mac, vlan, name, state, i in resolved:
        if i is not None and (i in lags or i in trunks or i in switch_facing):
            uplink_ports.add(name)
    best = {}
    for mac, vlan, name, state, i in resolved:
        if state is None and name not in uplink_ports:
            key = (len(port_macs[name]), name, vlan)
            if mac not in best or key < best[mac]:
                best[mac] = key
    out = set()
    for mac, vlan, name, state, i in resolved:
        if state:
            out.add((mac, vlan, '', state))
        elif name in uplink_ports:
            out.add((mac, vlan, name, 'uplink'))
        else:
            chosen = best.get(mac)
            out.add((mac, vlan, name, 'located' if chosen and chosen[1] == name and chosen[2] == vlan else 'not-edge'))
    return sorted(out)


def arp(path):
    """IP and MAC of ipNetToMediaPhysAddress (ifIndex.a.b.c.d) and ipNetToPhysicalPhysAddress
    (ifIndex.type.length.address), first row per IP; MACs that are no unicast address are left out."""
    import ipaddress
    rows = load(path)
    out = {}
    for prefix in ('1.3.6.1.2.1.4.22.1.2', '1.3.6.1.2.1.4.35.1.4'):
        for k, v in column(rows, prefix).items():
            addr = list(k[1:]) if prefix.endswith('22.1.2') else list(k[3:])
            if prefix.endswith('35.1.4') and (len(k) < 3 or k[2] != len(addr)):
                continue
            if len(addr) not in (4, 16) or any(x > 255 for x in addr):
                continue
            ip = str(ipaddress.ip_address(bytes(addr)))
            b = as_bytes(v)
            mac = mac_of(list(b)) if len(b) == 6 else None
            if mac and ip not in ('0.0.0.0', '::') and ip not in out:
                out[ip] = mac
    return sorted(out.items())


def main(src, dst):
    os.makedirs(dst, exist_ok=True)
    for f in sorted(os.listdir(src)):
        if f.endswith('.snmprec'):
            rows = expected(os.path.join(src, f))
            with open(os.path.join(dst, f[:-len('.snmprec')] + '.tsv'), 'w') as out:
                out.write('# mac\tvlan\tport\texpected  (written by src/test/scripts/snmp_expected_locations.py)\n')
                for r in rows:
                    out.write('\t'.join(r) + '\n')
            with open(os.path.join(dst, f[:-len('.snmprec')] + '.arp.tsv'), 'w') as out:
                out.write('# ip\tmac  (written by src/test/scripts/snmp_expected_locations.py)\n')
                for ip, mac in arp(os.path.join(src, f)):
                    out.write(ip + '\t' + mac + '\n')
            counts = defaultdict(int)
            for r in rows:
                counts[r[3]] += 1
            print(f, len(rows), dict(counts))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
