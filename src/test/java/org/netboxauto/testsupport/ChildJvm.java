package org.netboxauto.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test classpath in a second JVM, as a second netbox-auto process would be. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code mainClass}; stderr goes to {@code errorLog}, stdout stays readable by the test. */
    public static Process start(Class<?> mainClass, Path errorLog, String... args) throws IOException {
        return launch(mainClass, errorLog, java.util.Map.of(), "128m", args);
    }

    /** As {@link #start(Class, Path, String...)}, with {@code env} added to the environment. */
    public static Process start(Class<?> mainClass, Path errorLog, java.util.Map<String, String> env, String... args)
            throws IOException {
        return launch(mainClass, errorLog, env, "128m", args);
    }

    /** As {@link #start(Class, Path, String...)}, with a heap of {@code maxHeap} ({@code -Xmx}). */
    public static Process startWithHeap(Class<?> mainClass, Path errorLog, String maxHeap, String... args)
            throws IOException {
        return launch(mainClass, errorLog, java.util.Map.of(), maxHeap, args);
    }

    private static Process launch(Class<?> mainClass, Path errorLog, java.util.Map<String, String> env,
            String maxHeap, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Xmx" + maxHeap);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errorLog.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }
}
