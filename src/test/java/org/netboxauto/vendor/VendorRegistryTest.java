package org.netboxauto.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.OuiTable;

class VendorRegistryTest {

    @TempDir
    Path temp;

    @Test
    void theShippedTableNamesMakersByTheLongestAssignedPrefix() {
        OuiTable table = VendorRegistry.load(temp);
        assertThat(table.size()).isGreaterThan(30_000);
        assertThat(table.vendorOf(MacAddress.of("00:50:56:88:80:ee"))).hasValue("VMware, Inc.");
        assertThat(table.vendorOf(MacAddress.of("70:b3:d5:f2:f0:01"))).hasValue("TELEPLATFORMS");
        assertThat(table.vendorOf(MacAddress.of("da:a1:19:00:00:01"))).as("randomized MAC").isEmpty();
    }

    @Test
    void anUpdateFromRegistryCsvsReplacesTheShippedTable() throws IOException {
        Path csv = Files.writeString(temp.resolve("oui.csv"), """
                Registry,Assignment,Organization Name,Organization Address
                MA-L,0050C2,"Example ""Quoted"", Ltd.","1 Road, Town"
                MA-L,ABCDEF,Lab Switches,
                """);
        int count = VendorRegistry.update(List.of(csv), temp.resolve(VendorRegistry.FILE_NAME));

        assertThat(count).isEqualTo(2);
        OuiTable table = VendorRegistry.load(temp);
        assertThat(table.vendorOf(MacAddress.of("00:50:c2:00:00:01"))).hasValue("Example \"Quoted\", Ltd.");
        assertThat(table.vendorOf(MacAddress.of("00:50:56:00:00:01"))).isEmpty();
    }

    @Test
    void aFileThatIsNotARegistryIsRefusedAndTheTableKept() throws IOException {
        Path bad = Files.writeString(temp.resolve("oui.csv"), "mac,vendor\n00:11:22,Foo\n");
        assertThatThrownBy(() -> VendorRegistry.update(List.of(bad), temp.resolve(VendorRegistry.FILE_NAME)))
                .hasMessageContaining("is not an IEEE registry CSV");
        assertThat(temp.resolve(VendorRegistry.FILE_NAME)).doesNotExist();
    }
}
