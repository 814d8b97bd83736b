package org.netboxauto.discovery.snmp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.config.SnmpSource.AuthProtocol;
import org.netboxauto.config.SnmpSource.PrivProtocol;
import org.netboxauto.discovery.CollectorException;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/** Builds an SNMP4J session and target for one configured switch: its own dispatcher and USM. */
final class Snmp4jSessions {

    private Snmp4jSessions() {
    }

    record Session(Snmp snmp, Target<UdpAddress> target) {
    }

    static Session open(SnmpSource source, SnmpTarget where) throws CollectorException {
        UdpAddress address;
        try {
            address = new UdpAddress(InetAddress.getByName(source.host()), source.port());
        } catch (UnknownHostException e) {
            throw where.fail("the host name \"" + source.host() + "\" does not resolve; check " + where.configKey()
                    + ".host");
        }
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        USM usm = null;
        if (source.version() == SnmpSource.Version.V3) {
            SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility);
            byte[] engineId = MPv3.createLocalEngineID();
            usm = new USM(protocols, new OctetString(engineId), 0);
            // MPv3(usm) would put this USM into SNMP4J's global models, where sessions to other switches replace it
            dispatcher.addMessageProcessingModel(new MPv3(engineId, null, protocols,
                    SecurityModels.getCollection(new SecurityModel[] {usm}), CounterSupport.getInstance()));
        }
        Snmp snmp;
        try {
            DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping();
            snmp = new Snmp(dispatcher, transport);
            snmp.listen();
        } catch (IOException e) {
            throw where.fail("cannot open a UDP socket: " + e.getMessage());
        }
        Target<UdpAddress> target = usm == null ? community(source, address) : user(source, address, usm);
        target.setTimeout(source.timeout().toMillis());
        target.setRetries(source.retries());
        return new Session(snmp, target);
    }

    private static Target<UdpAddress> community(SnmpSource source, UdpAddress address) {
        CommunityTarget<UdpAddress> t = new CommunityTarget<>(address,
                new OctetString(source.community().map(c -> c.reveal()).orElse("")));
        t.setVersion(source.version() == SnmpSource.Version.V1 ? SnmpConstants.version1 : SnmpConstants.version2c);
        return t;
    }

    private static Target<UdpAddress> user(SnmpSource source, UdpAddress address, USM usm) {
        OctetString name = new OctetString(source.user().orElse(""));
        OID auth = source.authPassword().isPresent() ? auth(source.authProtocol()) : null;
        OID priv = source.privPassword().isPresent() ? priv(source.privProtocol()) : null;
        usm.addUser(name, new UsmUser(name, auth, source.authPassword().map(p -> new OctetString(p.reveal())).orElse(null),
                priv, source.privPassword().map(p -> new OctetString(p.reveal())).orElse(null)));
        UserTarget<UdpAddress> t = new UserTarget<>();
        t.setAddress(address);
        t.setVersion(SnmpConstants.version3);
        t.setSecurityName(name);
        t.setSecurityLevel(priv != null ? SecurityLevel.AUTH_PRIV : auth != null ? SecurityLevel.AUTH_NOPRIV
                : SecurityLevel.NOAUTH_NOPRIV);
        return t;
    }

    private static OID auth(AuthProtocol p) {
        return switch (p) {
            case MD5 -> AuthMD5.ID;
            case SHA -> AuthSHA.ID;
            case SHA_224 -> AuthHMAC128SHA224.ID;
            case SHA_256 -> AuthHMAC192SHA256.ID;
            case SHA_384 -> AuthHMAC256SHA384.ID;
            case SHA_512 -> AuthHMAC384SHA512.ID;
        };
    }

    private static OID priv(PrivProtocol p) {
        return switch (p) {
            case DES -> PrivDES.ID;
            case AES -> PrivAES128.ID;
            case AES_192 -> PrivAES192.ID;
            case AES_256 -> PrivAES256.ID;
        };
    }
}
