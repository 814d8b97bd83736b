package org.netboxauto.store;

/** 64-bit FNV-1a over a text's characters: tells a changed row or observation from an unchanged one. */
final class Digests {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Digests() {
    }

    static long of(String text) {
        return add(OFFSET, text);
    }

    /** Continues {@code digest} with {@code text}, and a separator so that "ab"+"c" differs from "a"+"bc". */
    static long add(long digest, String text) {
        long h = digest;
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * PRIME;
            }
        }
        return (h ^ (text == null ? 0x1F : 0x1E)) * PRIME;
    }
}
