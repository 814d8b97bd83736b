package org.netboxauto.core.topology;

import java.util.Comparator;

/** Port names in the order a front panel shows them: "Gi1/0/2" before "Gi1/0/10", numbers compared as numbers. */
final class PortOrder {

    static final Comparator<String> NATURAL = PortOrder::compare;

    private PortOrder() {
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int byNumber = new java.math.BigInteger(a.substring(si, i)).compareTo(
                        new java.math.BigInteger(b.substring(sj, j)));
                if (byNumber != 0) {
                    return byNumber;
                }
            } else {
                int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
