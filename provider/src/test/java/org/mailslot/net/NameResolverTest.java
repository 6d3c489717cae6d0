package org.mailslot.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameResolverTest {

    private static InetAddress ip(int last) throws Exception {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
    }

    @Test
    void theStaticTableWinsOverLearnedNamesWhichWinOverTheLookup() throws Exception {
        NameResolver resolver = new NameResolver(Map.of("hosta", ip(2)),
                name -> name.equalsIgnoreCase("hostc") || name.equalsIgnoreCase("hosta")
                        ? Optional.of(InetAddress.getLoopbackAddress()) : Optional.empty(), 138, 10);
        resolver.learn("HOSTA", new InetSocketAddress(ip(9), 138));
        resolver.learn("hostb", new InetSocketAddress(ip(3), 40138));

        assertThat(resolver.resolve("HostA")).contains(new InetSocketAddress(ip(2), 138));
        assertThat(resolver.resolve("HOSTB")).as("learned with its source port").contains(
                new InetSocketAddress(ip(3), 40138));
        assertThat(resolver.resolve("hostc")).contains(new InetSocketAddress(InetAddress.getLoopbackAddress(), 138));
        assertThat(resolver.resolve("nobody")).isEmpty();
    }

    @Test
    void theLearnedTableForgetsTheLeastRecentlyUsedBeyondItsCapacity() throws Exception {
        NameResolver resolver = new NameResolver(Map.of(), HostLookup.NONE, 138, 2);
        resolver.learn("A", new InetSocketAddress(ip(2), 138));
        resolver.learn("B", new InetSocketAddress(ip(3), 138));
        resolver.resolve("A");
        resolver.learn("C", new InetSocketAddress(ip(4), 138));
        assertThat(resolver.learnedNames()).containsOnlyKeys("A", "C");
        assertThat(resolver.resolve("B")).isEmpty();
    }

    @Test
    void theDnsLookupFindsNamesFromTheHostsFile() {
        assertThat(HostLookup.DNS.lookup("localhost")).hasValueSatisfying(a -> assertThat(a.isLoopbackAddress()).isTrue());
        assertThat(HostLookup.NONE.lookup("localhost")).isEmpty();
    }
}
