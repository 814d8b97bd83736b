package org.netboxauto.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The app's logging, set up in code rather than from an XML file, which logback takes a fifth to
 * half a second to read on a busy machine. Data goes to stdout; diagnostics to stderr (warnings
 * unless -v) and to a rolling log file. Peer text is escaped ({@code %safemsg}). Found by logback
 * through the service loader; it only acts when {@link LogSetup} named the log file, so the tests'
 * own configuration applies elsewhere.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    static final String FILE_PROPERTY = "netboxauto.log.file";
    static final String CONSOLE_LEVEL_PROPERTY = "netboxauto.console.level";
    static final String LEVEL_PROPERTY = "netboxauto.log.level";
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36}: %safemsg%n";
    // stack traces go to the log file only
    /** "warning: …", never a class name: the console is read by the admin, the log file by whoever debugs. */
    private static final String CONSOLE_PATTERN = "%consolelevel: %safemsg{lines}%n%nopex";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Optional<String> file = Optional.ofNullable(System.getProperty(FILE_PROPERTY));
        if (file.isEmpty()) {
            return ExecutionStatus.NEUTRAL;
        }
        apply(context, Path.of(file.get()), Level.toLevel(System.getProperty(CONSOLE_LEVEL_PROPERTY), Level.WARN),
                Level.toLevel(System.getProperty(LEVEL_PROPERTY), Level.INFO));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}: stderr from {@code consoleLevel}, the file {@code logFile} from {@code level}. */
    public static void apply(LoggerContext context, Path logFile, Level consoleLevel, Level level) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setContext(context);
        threshold.setLevel(consoleLevel.toString());
        threshold.start();
        console.addFilter(threshold);
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logFile.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setFileNamePattern(logFile + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.setParent(file);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("10MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.apache.ibatis").setLevel(Level.WARN);
        context.getLogger("com.zaxxer").setLevel(Level.WARN);
        // SSHJ logs a refused host key or a dropped link at ERROR; the DNS target reports it clearly itself
        Logger sshj = context.getLogger("net.schmizz");
        sshj.setLevel(Level.WARN);
        sshj.setAdditive(false);
        sshj.addAppender(file);
        // headers and wire bytes carry API tokens, passwords and tickets, even with -v
        context.getLogger("org.apache.hc.client5.http.headers").setLevel(Level.INFO);
        context.getLogger("org.apache.hc.client5.http.wire").setLevel(Level.INFO);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        root.addAppender(console);
        root.addAppender(file);
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, String pattern) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("safemsg", SafeMessageConverter::new);
        layout.getInstanceConverterMap().put("consolelevel", ConsoleLevelConverter::new);
        layout.setPattern(pattern);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }
}
