package org.netboxauto.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most {@code limit} bytes of a peer's answer; one byte more is a {@link TooLarge}, so a body that
 * never ends or declares gigabytes costs bounded memory and time.
 */
public final class BoundedInputStream extends FilterInputStream {

    /** The answer went past its size limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the answer is larger than " + Readable.bytes(limit));
        }

        /** The peer declared {@code declared} bytes up front. */
        public TooLarge(long limit, long declared) {
            super("the answer declares " + Readable.bytes(declared) + ", more than the limit of "
                    + Readable.bytes(limit));
        }
    }

    private final long limit;
    private long read;

    public BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, (int) Math.min(len, limit - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - read + 1));
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge(limit);
        }
    }

    /** Reads all of {@code in} up to {@code limit} bytes. */
    public static byte[] readAll(InputStream in, long limit) throws IOException {
        return new BoundedInputStream(in, limit).readAllBytes();
    }
}
