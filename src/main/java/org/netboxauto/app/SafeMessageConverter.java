package org.netboxauto.app;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.netboxauto.core.PeerText;

/**
 * {@code %safemsg}: the log message with control and bidi characters escaped, so text a peer sent never acts
 * on a terminal or forges a line in the log file. {@code %safemsg{lines}} keeps line breaks (for stderr).
 */
public final class SafeMessageConverter extends ClassicConverter {

    private boolean keepLines;

    @Override
    public void start() {
        keepLines = "lines".equals(getFirstOption());
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        if (message == null || !PeerText.isUnsafe(message)) {
            return message;
        }
        if (!keepLines) {
            return PeerText.escape(message);
        }
        String[] lines = message.split("\n", -1);
        StringBuilder out = new StringBuilder(message.length() + 16).append(PeerText.escape(lines[0]));
        for (int i = 1; i < lines.length; i++) {
            out.append('\n').append(PeerText.escape(lines[i]));
        }
        return out.toString();
    }
}
