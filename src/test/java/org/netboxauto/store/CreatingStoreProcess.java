package org.netboxauto.store;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process creating an H2 store as H2 does: the file exists empty and locked for a while, then is
 * filled and let go. {@code TARGET SOURCE HOLD_MS} fills TARGET with the bytes of the store SOURCE.
 */
public final class CreatingStoreProcess {

    private CreatingStoreProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileLock lock = out.lock()) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[2]));
            try (FileChannel in = FileChannel.open(Path.of(args[1]), StandardOpenOption.READ)) {
                in.transferTo(0, in.size(), out);
            }
            out.force(true);
        }
        System.exit(0);
    }
}
