package org.netboxauto.discovery.routeros;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RouterOS keeps text as raw bytes with no code page: DHCP host names are whatever the client
 * sent, comments whatever Winbox wrote. UTF-8 when the bytes are valid UTF-8, else Windows-1252,
 * which maps every byte to some character, so one odd name never fails a whole table.
 */
final class RouterOsText {

    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private RouterOsText() {
    }

    static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    static String decode(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, length, FALLBACK);
        }
    }
}
