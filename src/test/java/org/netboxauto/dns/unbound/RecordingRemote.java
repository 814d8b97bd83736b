package org.netboxauto.dns.unbound;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The SSH connection with every command and written file recorded, and a hook the tests use to kill sshd. */
final class RecordingRemote implements RemoteHost {

    final List<String> commands;
    final List<String> written;
    private final RemoteHost delegate;
    private final Consumer<String> beforeCommand;
    private final Consumer<String> afterCommand;

    private RecordingRemote(RemoteHost delegate, List<String> commands, List<String> written,
            Consumer<String> beforeCommand, Consumer<String> afterCommand) {
        this.delegate = delegate;
        this.commands = commands;
        this.written = written;
        this.beforeCommand = beforeCommand;
        this.afterCommand = afterCommand;
    }

    /** Recorder of all connections opened through it. */
    static final class Recorder {
        final List<String> commands = new CopyOnWriteArrayList<>();
        final List<String> written = new CopyOnWriteArrayList<>();
        volatile Consumer<String> beforeCommand = c -> { };
        volatile Consumer<String> afterCommand = c -> { };

        RemoteHost.Opener around(RemoteHost.Opener opener) {
            return () -> new RecordingRemote(opener.open(), commands, written, c -> beforeCommand.accept(c),
                    c -> afterCommand.accept(c));
        }
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        return delegate.read(path);
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        written.add(path);
        delegate.write(path, content);
    }

    @Override
    public Result run(String command, byte[] stdin) throws IOException {
        commands.add(command);
        beforeCommand.accept(command);
        Result result = delegate.run(command, stdin);
        afterCommand.accept(command);
        return result;
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
