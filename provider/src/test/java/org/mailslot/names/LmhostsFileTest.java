package org.mailslot.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmhostsFileTest {

    @Test
    void readsEntriesTagsCommentsAndQuotedNamesAsWindowsWritesThem() throws Exception {
        LmhostsFile file = LmhostsFile.parse(List.of(
                "# Copyright (c) 1993-2009 Microsoft Corp.",
                "",
                "102.54.94.97     rhino         #PRE #DOM:networking  #net group's DC",
                "102.54.94.102    \"appname  \\0x14\"                    #special app server",
                "102.54.94.123    popular            #PRE             #source server",
                "   10.0.0.7\tplc7",
                "10.0.0.8 \"PLC8           \\0x00\"",
                "10.0.0.9 rhino   # listed again: the first entry counts"), "lmhosts");

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries()).extracting(e -> e.name() + "/" + e.suffix() + "/" + e.preload() + "/" + e.domain()
                + "/" + e.line())
                .containsExactly("RHINO/-1/true/NETWORKING/3", "APPNAME/20/false//4", "POPULAR/-1/true//5",
                        "PLC7/-1/false//6", "PLC8/0/false//7", "RHINO/-1/false//8");
        assertThat(file.computerNames()).containsExactly(
                entry("RHINO", "102.54.94.97"), entry("POPULAR", "102.54.94.123"), entry("PLC7", "10.0.0.7"),
                entry("PLC8", "10.0.0.8"));
    }

    @Test
    void badLinesAreLeftOutEachWithFileAndLine() {
        LmhostsFile file = LmhostsFile.parse(List.of(
                "10.0.0.256 toohigh",
                "plc7 10.0.0.7",
                "10.0.0.1",
                "10.0.0.2 averyveryverylongname",
                "10.0.0.3 \"unclosed",
                "10.0.0.4 \"SEVENTEEN-BYTES   \\0x20\"",
                "10.0.0.5 \"BAD \\0xZZ\"",
                "10.0.0.6 name extra",
                "#INCLUDE \\\\server\\share\\lmhosts",
                "10.0.0.7 good"), "/etc/lmhosts");

        assertThat(file.problems()).containsExactly(
                "/etc/lmhosts:1: '10.0.0.256' is not an IPv4 address",
                "/etc/lmhosts:2: 'plc7' is not an IPv4 address",
                "/etc/lmhosts:3: no name after the address 10.0.0.1",
                "/etc/lmhosts:4: name 'averyveryverylongname' has 21 characters; at most 15 (a 16-byte name is"
                        + " quoted, its last byte as \\0xNN)",
                "/etc/lmhosts:5: the quoted name has no closing quote",
                "/etc/lmhosts:6: quoted name has 19 bytes; a NetBIOS name has 16",
                "/etc/lmhosts:7: '\\0xZZ' in the quoted name is not \\0xNN with two hex digits",
                "/etc/lmhosts:8: 'extra' after the name is neither #PRE, #DOM:domain, #MH nor a # comment",
                "/etc/lmhosts:9: #INCLUDE is not followed; copy the entries of the included file into this one");
        assertThat(file.computerNames()).containsOnlyKeys("GOOD");
    }

    @Test
    void readsAFile(@TempDir Path directory) throws Exception {
        Path lmhosts = directory.resolve("lmhosts");
        Files.writeString(lmhosts, "127.0.0.9 javahost #PRE\r\n");
        assertThat(LmhostsFile.read(lmhosts).computerNames()).containsExactly(entry("JAVAHOST", "127.0.0.9"));
    }

    private static java.util.Map.Entry<String, InetAddress> entry(String name, String address) throws Exception {
        return java.util.Map.entry(name, InetAddress.getByName(address));
    }
}
