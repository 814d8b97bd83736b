package org.netboxauto.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.netboxauto.core.PeerText;

/**
 * The JSON the CLI prints: standard JSON whose strings escape, besides what JSON requires, C1 controls,
 * DEL and bidi or other invisible format characters as {@code \\uXXXX}, so a name a peer chose never acts on
 * the terminal it is printed to. A JSON reader gets the exact value back.
 */
final class CliJson {

    private CliJson() {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new TerminalSafe());
        return mapper;
    }

    private static final class TerminalSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        TerminalSafe() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return PeerText.isUnsafe(new String(Character.toChars(ch)))
                    ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
