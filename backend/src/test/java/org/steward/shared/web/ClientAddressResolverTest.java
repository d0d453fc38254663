package org.steward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.steward.shared.web.IpRangeTest.ip;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressResolverTest {

    private static final List<String> PROXIES = List.of("10.0.0.0/8", " 2001:db8:f::/48", "");

    private final ClientAddressResolver noProxies = new ClientAddressResolver(List.of(), null);
    private final ClientAddressResolver behindProxies = new ClientAddressResolver(PROXIES, null);

    @Test
    void withoutTrustedProxiesTheClientIsTheTcpPeerWhateverTheHeadersSay() {
        var request =
                request("198.51.100.20", Map.of("X-Forwarded-For", "203.0.113.1", "Forwarded", "for=203.0.113.2"));

        assertThat(noProxies.resolve(request)).isEqualTo("198.51.100.20");
    }

    @Test
    void aPeerThatIsNotATrustedProxyIsTheClientEvenWhenProxiesAreConfigured() {
        var request = request("198.51.100.20", Map.of("X-Forwarded-For", "203.0.113.1"));

        assertThat(behindProxies.resolve(request)).isEqualTo("198.51.100.20");
    }

    @Test
    void aTrustedProxysForwardedClientIsUsed() {
        assertThat(behindProxies.resolve(request("10.0.0.5", Map.of("X-Forwarded-For", "203.0.113.1"))))
                .isEqualTo("203.0.113.1");
        assertThat(behindProxies.resolve(request("10.0.0.5", Map.of("Forwarded", "for=203.0.113.1;proto=https"))))
                .isEqualTo("203.0.113.1");
    }

    @Test
    void theRightMostAddressThatIsNotATrustedProxyWinsNotAForgedLeftMostOne() {
        // the client wrote 192.0.2.66; its real address was appended by the first proxy, then another proxy hop
        var request = request("10.0.0.5", Map.of("X-Forwarded-For", "192.0.2.66, 203.0.113.1, 10.0.0.9"));

        assertThat(behindProxies.resolve(request)).isEqualTo("203.0.113.1");
    }

    @Test
    void severalHeaderLinesFormOneChainInOrder() {
        var request = HttpRequest.GET("/")
                .header("X-Forwarded-For", "192.0.2.66")
                .header("X-Forwarded-For", "203.0.113.1, 10.0.0.9");

        assertThat(behindProxies.clientBehind(
                        ip("10.0.0.5"),
                        ForwardedHops.fromXForwardedFor(request.getHeaders().getAll("X-Forwarded-For"))))
                .isEqualTo(ip("203.0.113.1"));
    }

    @Test
    void whenEveryHopIsATrustedProxyTheLeftMostIsTheAnswer() {
        assertThat(behindProxies.clientBehind(ip("10.0.0.5"), hops("10.0.0.7", "10.0.0.8")))
                .isEqualTo(ip("10.0.0.7"));
        assertThat(behindProxies.clientBehind(ip("10.0.0.5"), List.of())).isEqualTo(ip("10.0.0.5"));
    }

    @Test
    void anUnreadableHopStopsTheWalkAtTheLastKnownAddress() {
        List<Optional<InetAddress>> chain =
                ForwardedHops.fromForwarded(List.of("for=203.0.113.1, for=unknown, for=10.0.0.9"));

        assertThat(behindProxies.clientBehind(ip("10.0.0.5"), chain)).isEqualTo(ip("10.0.0.9"));
        assertThat(behindProxies.clientBehind(
                        ip("10.0.0.5"), ForwardedHops.fromXForwardedFor(List.of("evil.example.org"))))
                .isEqualTo(ip("10.0.0.5"));
    }

    @Test
    void ipv6ProxiesAndClientsWork() {
        var request = request("2001:db8:f::1", Map.of("Forwarded", "for=\"[2001:db8:cafe::17]:4711\""));

        assertThat(behindProxies.resolve(request))
                .isEqualTo(ip("2001:db8:cafe::17").getHostAddress());
    }

    @Test
    void forwardedElementsParseWithQuotesPortsAndOtherParameters() {
        var hops = ForwardedHops.fromForwarded(List.of(
                "For=\"[2001:db8:cafe::17]:4711\";proto=https;by=\"[2001:db8::1]\", for=192.0.2.43:8080",
                "for=\"198.51.100.17\";host=\"a,b\", proto=http, for=_hidden"));

        assertThat(hops)
                .containsExactly(
                        Optional.of(ip("2001:db8:cafe::17")),
                        Optional.of(ip("192.0.2.43")),
                        Optional.of(ip("198.51.100.17")),
                        Optional.empty(), // an element without "for"
                        Optional.empty()); // an obfuscated node
    }

    @Test
    void xForwardedForEntriesParseWithOrWithoutPortsAndBrackets() {
        assertThat(ForwardedHops.fromXForwardedFor(
                        List.of(" 192.0.2.43 ,192.0.2.44:99, [2001:db8::5]:80,2001:db8::6 ,x")))
                .containsExactly(
                        Optional.of(ip("192.0.2.43")),
                        Optional.of(ip("192.0.2.44")),
                        Optional.of(ip("2001:db8::5")),
                        Optional.of(ip("2001:db8::6")),
                        Optional.empty());
    }

    @Test
    void aNamedHeaderIsTheOnlyOneRead() {
        var pinned = new ClientAddressResolver(PROXIES, "Forwarded");
        var request = request("10.0.0.5", Map.of("X-Forwarded-For", "192.0.2.66", "Forwarded", "for=203.0.113.1"));

        assertThat(pinned.resolve(request)).isEqualTo("203.0.113.1");
        assertThat(behindProxies.resolve(request)).isEqualTo("192.0.2.66"); // unpinned: X-Forwarded-For first
    }

    /** A request from {@code peer} (the TCP address) with these headers. */
    @SuppressWarnings("unchecked")
    private static HttpRequest<Object> request(String peer, Map<String, String> headers) {
        MutableHttpRequest<Object> built = HttpRequest.GET("/");
        headers.forEach(built::header);
        HttpRequest<Object> request = mock(HttpRequest.class);
        when(request.getRemoteAddress()).thenReturn(new InetSocketAddress(ip(peer), 40000));
        when(request.getHeaders()).thenReturn(built.getHeaders());
        return request;
    }

    private static List<Optional<InetAddress>> hops(String... addresses) {
        return ForwardedHops.fromXForwardedFor(List.of(String.join(",", addresses)));
    }
}
