package org.mailslot.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
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
    void aFullLearnedTableRefusesNewNamesAndKeepsTheLiveOnes() throws Exception {
        NameResolver resolver = new NameResolver(Map.of(), HostLookup.NONE, 138, 2);
        assertThat(resolver.learn("A", new InetSocketAddress(ip(2), 138))).isTrue();
        assertThat(resolver.learn("B", new InetSocketAddress(ip(3), 138))).isTrue();
        assertThat(resolver.learn("C", new InetSocketAddress(ip(4), 138))).isFalse();
        assertThat(resolver.resolve("A")).contains(new InetSocketAddress(ip(2), 138));
        assertThat(resolver.resolve("B")).contains(new InetSocketAddress(ip(3), 138));
        assertThat(resolver.resolve("C")).isEmpty();
        assertThat(resolver.learningRefusals()).containsEntry("TABLE_FULL", 1L);
    }

    @Test
    void learnedNamesAgeOutAndFreeTheirPlace() throws Exception {
        MutableClock clock = new MutableClock();
        NameResolver resolver = new NameResolver(Map.of(), HostLookup.NONE, 138,
                new ResolverSettings(ResolverSettings.DEFAULT_ORDER, 1, 16, Duration.ofMinutes(15),
                        Duration.ofSeconds(30), 16), clock, "");
        resolver.learn("A", new InetSocketAddress(ip(2), 138));
        clock.advance(Duration.ofMinutes(16));
        assertThat(resolver.resolve("A")).isEmpty();
        assertThat(resolver.learn("B", new InetSocketAddress(ip(3), 138))).isTrue();
    }

    @Test
    void oneSourceTeachesAtMostItsShare() throws Exception {
        NameResolver resolver = new NameResolver(Map.of(), HostLookup.NONE, 138,
                new ResolverSettings(ResolverSettings.DEFAULT_ORDER, 100, 2, Duration.ofMinutes(15),
                        Duration.ofSeconds(30), 16), new MutableClock(), "");
        for (int i = 0; i < 10; i++) {
            resolver.learn("N" + i, new InetSocketAddress(ip(9), 138));
        }
        assertThat(resolver.resolve("N0")).isPresent();
        assertThat(resolver.resolve("N1")).isPresent();
        for (int i = 2; i < 10; i++) {
            assertThat(resolver.resolve("N" + i)).isEmpty();
        }
        assertThat(resolver.learn("REAL", new InetSocketAddress(ip(5), 138))).isTrue();
    }

    @Test
    void staticAndNameServiceConfirmedNamesAreNeverLearnedOver() throws Exception {
        NameResolver resolver = new NameResolver(Map.of("HOSTA", ip(2)), HostLookup.NONE, 138,
                ResolverSettings.DEFAULTS.withOrder(List.of(ResolutionStep.LEARNED, ResolutionStep.NAME_SERVICE,
                        ResolutionStep.STATIC)), new MutableClock(), "");
        java.net.Inet4Address hostB = (java.net.Inet4Address) ip(3);
        resolver.useNameService((name, suffix, scope) -> name.equals("HOSTB")
                ? Optional.of(new NameServiceLookup.Resolved(hostB, 60)) : Optional.empty());
        assertThat(resolver.resolve("HOSTB")).contains(new InetSocketAddress(ip(3), 138));

        assertThat(resolver.learn("HOSTA", new InetSocketAddress(ip(66), 138))).isFalse();
        assertThat(resolver.learn("HOSTB", new InetSocketAddress(ip(66), 138))).isFalse();
        assertThat(resolver.resolveWithStep("HOSTA").orElseThrow().step()).isEqualTo(ResolutionStep.STATIC);
        assertThat(resolver.resolveWithStep("HOSTB").orElseThrow().step()).isEqualTo(ResolutionStep.NAME_SERVICE);
        assertThat(resolver.learningRefusals()).containsEntry("PROTECTED", 2L);
    }

    @Test
    void nameServiceAnswersAreCachedForTheirTtlAndSilenceForTheNegativeTtl() throws Exception {
        MutableClock clock = new MutableClock();
        java.util.concurrent.atomic.AtomicInteger queries = new java.util.concurrent.atomic.AtomicInteger();
        NameResolver resolver = new NameResolver(Map.of(), HostLookup.NONE, 138,
                ResolverSettings.DEFAULTS.withOrder(List.of(ResolutionStep.NAME_SERVICE)), clock, "");
        java.net.Inet4Address hostB = (java.net.Inet4Address) ip(3);
        resolver.useNameService((name, suffix, scope) -> {
            queries.incrementAndGet();
            return name.equals("HOSTB") ? Optional.of(new NameServiceLookup.Resolved(hostB, 60)) : Optional.empty();
        });
        resolver.resolve("HOSTB");
        resolver.resolve("NOBODY");
        clock.advance(Duration.ofSeconds(29));
        resolver.resolve("HOSTB");
        resolver.resolve("NOBODY");
        assertThat(queries).hasValue(2);
        clock.advance(Duration.ofSeconds(2));
        resolver.resolve("NOBODY");
        assertThat(queries).as("negative answer expired after 30 s").hasValue(3);
        clock.advance(Duration.ofSeconds(30));
        resolver.resolve("HOSTB");
        assertThat(queries).as("positive answer expired after its 60 s TTL").hasValue(4);
    }

    @Test
    void theOrderParsesAndRejectsUnknownSteps() {
        assertThat(ResolverSettings.parseOrder("static, name-service,learned")).containsExactly(ResolutionStep.STATIC,
                ResolutionStep.NAME_SERVICE, ResolutionStep.LEARNED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResolverSettings.parseOrder("static,wins"))
                .hasMessageContaining("unknown resolution step 'wins'");
    }

    private static final class MutableClock implements java.time.InstantSource {
        private java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.Instant instant() {
            return now;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }
    }

    @Test
    void theDnsLookupFindsNamesFromTheHostsFile() {
        assertThat(HostLookup.DNS.lookup("localhost")).hasValueSatisfying(a -> assertThat(a.isLoopbackAddress()).isTrue());
        assertThat(HostLookup.NONE.lookup("localhost")).isEmpty();
    }
}
