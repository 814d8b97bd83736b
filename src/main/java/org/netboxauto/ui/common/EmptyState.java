package org.netboxauto.ui.common;

import java.util.List;
import org.kordamp.ikonli.Ikon;

/**
 * What a tab says before it has anything to show: what it does, which config keys it needs
 * (or a note when it needs none), and the equivalent commands.
 */
public record EmptyState(Ikon icon, String title, String summary, List<String> highlights,
                         List<SetupKey> setup, String setupNote, List<String> commands) {

    public EmptyState {
        highlights = List.copyOf(highlights);
        setup = List.copyOf(setup);
        commands = List.copyOf(commands);
    }
}
