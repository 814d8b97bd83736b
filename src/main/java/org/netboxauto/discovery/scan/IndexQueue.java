package org.netboxauto.discovery.scan;

/** A first-in first-out queue of target indexes in a growing ring, without boxing. */
final class IndexQueue {

    private int[] ring = new int[1024];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int peek() {
        return ring[head];
    }

    int poll() {
        int value = ring[head];
        head = (head + 1) & (ring.length - 1);
        size--;
        return value;
    }

    void add(int value) {
        if (size == ring.length) {
            int[] bigger = new int[ring.length * 2];
            int tail = ring.length - head;
            System.arraycopy(ring, head, bigger, 0, tail);
            System.arraycopy(ring, 0, bigger, tail, head);
            ring = bigger;
            head = 0;
        }
        ring[(head + size) & (ring.length - 1)] = value;
        size++;
    }
}
