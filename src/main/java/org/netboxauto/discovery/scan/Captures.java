package org.netboxauto.discovery.scan;

import java.io.IOException;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapHandle.BlockingMode;
import org.pcap4j.core.PcapHandle.PcapDirection;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface.PromiscuousMode;

/** A libpcap handle as the probers use it: incoming frames only, the filter's, read without blocking. */
final class Captures {

    private Captures() {
    }

    static PcapHandle open(String ifName, int snaplen, String filter) throws IOException {
        PcapHandle handle = null;
        try {
            handle = new PcapHandle.Builder(ifName).snaplen(snaplen).promiscuousMode(PromiscuousMode.NONPROMISCUOUS)
                    .timeoutMillis(1).immediateMode(true).bufferSize(8 << 20).build();
            handle.setFilter(filter, BpfCompileMode.OPTIMIZE);
            handle.setDirection(PcapDirection.IN);
            handle.setBlockingMode(BlockingMode.NONBLOCKING);
            return handle;
        } catch (PcapNativeException | NotOpenException e) {
            if (handle != null) {
                handle.close();
            }
            throw new IOException("cannot capture on " + ifName + ": " + e.getMessage(), e);
        }
    }
}
