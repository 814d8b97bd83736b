package org.netboxauto.discovery.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The IPv4 addresses a sweep may probe: the configured subnets without network and broadcast
 * addresses, minus the excluded ranges. Held as a few sorted ranges, so a /16 costs a few bytes;
 * an address outside them is never probed.
 */
final class ScanTargets implements Targets {

    private final long[] lows;
    private final long[] highs;
    private final long[] firstIndex;
    private final int size;

    private ScanTargets(List<long[]> ranges) {
        lows = new long[ranges.size()];
        highs = new long[ranges.size()];
        firstIndex = new long[ranges.size()];
        long count = 0;
        for (int i = 0; i < ranges.size(); i++) {
            lows[i] = ranges.get(i)[0];
            highs[i] = ranges.get(i)[1];
            firstIndex[i] = count;
            count += highs[i] - lows[i] + 1;
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(count + " addresses are more than one sweep can hold");
        }
        size = (int) count;
    }

    static ScanTargets of(List<Ipv4Range> subnets, List<Ipv4Range> excluded) {
        List<long[]> ranges = new ArrayList<>();
        for (Ipv4Range subnet : subnets) {
            ranges.add(subnet.hosts());
        }
        ranges = merge(ranges);
        for (Ipv4Range ex : excluded) {
            ranges = subtract(ranges, ex.all());
        }
        return new ScanTargets(ranges);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int ipAt(int index) {
        int r = Arrays.binarySearch(firstIndex, index);
        if (r < 0) {
            r = -r - 2;
        }
        return (int) (lows[r] + index - firstIndex[r]);
    }

    @Override
    public int indexOf(int ip) {
        long value = Ipv4.unsigned(ip);
        int r = Arrays.binarySearch(lows, value);
        if (r < 0) {
            r = -r - 2;
        }
        if (r < 0 || value > highs[r]) {
            return -1;
        }
        return (int) (firstIndex[r] + value - lows[r]);
    }

    @Override
    public String text(int ip) {
        return Ipv4.text(ip);
    }

    boolean contains(int ip) {
        return indexOf(ip) >= 0;
    }

    private static List<long[]> merge(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(r -> r[0]));
        List<long[]> out = new ArrayList<>();
        for (long[] r : sorted) {
            if (r[0] > r[1]) {
                continue;
            }
            long[] last = out.isEmpty() ? null : out.getLast();
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new long[] {r[0], r[1]});
            }
        }
        return out;
    }

    private static List<long[]> subtract(List<long[]> ranges, long[] cut) {
        List<long[]> out = new ArrayList<>();
        for (long[] r : ranges) {
            if (cut[1] < r[0] || cut[0] > r[1]) {
                out.add(r);
                continue;
            }
            if (r[0] < cut[0]) {
                out.add(new long[] {r[0], cut[0] - 1});
            }
            if (r[1] > cut[1]) {
                out.add(new long[] {cut[1] + 1, r[1]});
            }
        }
        return out;
    }
}
