package org.netboxauto.discovery.names;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** A reverse-address (PTR) question, asked of a name server or of a host's mDNS responder, and its answer read strictly. */
final class ReverseQuery {

    static final int MDNS_PORT = 5353;
    /** Larger than any PTR answer over UDP without EDNS; a longer datagram is cut and then refused. */
    static final int MAX_ANSWER = 4096;

    private static final int MAX_NAME = 253;
    private static final String MDNS_DOMAIN = ".local";

    private final Name question;
    private final int id;

    ReverseQuery(InetAddress address, int id) {
        this.question = ReverseMap.fromAddress(address);
        this.id = id;
    }

    byte[] request(boolean recursive) {
        Message m = Message.newQuery(Record.newRecord(question, Type.PTR, DClass.IN));
        m.getHeader().setID(id);
        if (!recursive) {
            m.getHeader().unsetFlag(Flags.RD);
        }
        return m.toWire();
    }

    int id() {
        return id;
    }

    /**
     * The name the answer gives for the address, without the final dot (and without {@code .local} from mDNS);
     * empty when the server says there is none.
     *
     * @param mdns a responder may leave out the question and set the cache-flush bit of the class
     * @throws UnreadableAnswer when the bytes are not an answer to this question
     */
    Optional<String> name(byte[] answer, int length, boolean mdns) throws UnreadableAnswer {
        if (length > MAX_ANSWER || length > answer.length) {
            throw new UnreadableAnswer("longer than " + MAX_ANSWER + " bytes");
        }
        Message m;
        try {
            m = new Message(java.util.Arrays.copyOf(answer, length));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableAnswer("is not a DNS message");
        }
        if (m.getHeader().getID() != id || !m.getHeader().getFlag(Flags.QR)) {
            throw new UnreadableAnswer("answers another question");
        }
        Record asked = m.getQuestion();
        if (asked == null ? !mdns : !asked.getName().equals(question) || asked.getType() != Type.PTR) {
            throw new UnreadableAnswer("answers another question");
        }
        int rcode = m.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return Optional.empty();
        }
        if (rcode != Rcode.NOERROR) {
            throw new UnreadableAnswer("says " + Rcode.string(rcode));
        }
        for (Record r : m.getSection(Section.ANSWER)) {
            if (r instanceof PTRRecord ptr && r.getName().equals(question)
                    && (r.getDClass() & 0x7FFF) == DClass.IN) {
                return Optional.of(text(ptr.getTarget(), mdns));
            }
        }
        return Optional.empty();
    }

    private static String text(Name target, boolean mdns) throws UnreadableAnswer {
        String name = target.toString(true).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > MAX_NAME || !name.matches("[a-z0-9_-]+(\\.[a-z0-9_-]+)*")) {
            throw new UnreadableAnswer("names a host with characters a host name cannot have");
        }
        if (mdns && name.endsWith(MDNS_DOMAIN) && name.length() > MDNS_DOMAIN.length()) {
            name = name.substring(0, name.length() - MDNS_DOMAIN.length());
        }
        return name;
    }
}
