package org.netboxauto.testsupport;

import java.util.SplittableRandom;

/** Fuzz inputs from a valid text: up to three edits (insert, delete, replace from {@code alphabet}, repeat a run). */
public final class TextMutations {

    private TextMutations() {
    }

    public static String mutate(String seed, SplittableRandom random, String alphabet) {
        StringBuilder s = new StringBuilder(seed);
        for (int e = random.nextInt(4); e > 0; e--) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(30))));
            }
        }
        return s.toString();
    }
}
