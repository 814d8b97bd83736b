package org.netboxauto.netbox;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A NetBox release as {@code /api/status/} reports it; suffixes such as {@code -Docker-3.2.1} are dropped. */
public record NetBoxVersion(int major, int minor, int patch) implements Comparable<NetBoxVersion> {

    public static final NetBoxVersion OLDEST_SUPPORTED = new NetBoxVersion(4, 0, 0);
    public static final NetBoxVersion NEWEST_SUPPORTED = new NetBoxVersion(4, 7, Integer.MAX_VALUE);
    /** MAC addresses became objects of their own. */
    public static final NetBoxVersion MAC_OBJECTS = new NetBoxVersion(4, 2, 0);

    private static final Pattern LEADING = Pattern.compile("^\\s*v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    public static Optional<NetBoxVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LEADING.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(new NetBoxVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch));
    }

    public boolean isSupported() {
        return compareTo(OLDEST_SUPPORTED) >= 0 && compareTo(NEWEST_SUPPORTED) <= 0;
    }

    public boolean hasMacObjects() {
        return compareTo(MAC_OBJECTS) >= 0;
    }

    @Override
    public int compareTo(NetBoxVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
