package org.steward.shared.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one answer to "which address is this client?" for everything that keys on it (the sign-in throttle, later
 * public forms' rate limits). Micronaut's default believes {@code Forwarded} and {@code X-Forwarded-For} from anyone,
 * so a client could pick a fresh address for each request. Here the client is the TCP peer, unless that peer is a
 * proxy the operator trusts ({@code app.security.trusted-proxies}, addresses or CIDR ranges): then the forwarded
 * chain is walked from the right, past trusted proxies, and the first address that is not one is the client. The
 * left-most entry, which a client can write, is believed only when every hop to its right is trusted.
 * See docs/adr/0008-client-address-and-trusted-proxies.md.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddressResolver implements HttpClientAddressResolver {

    private static final Logger LOG = LoggerFactory.getLogger(ClientAddressResolver.class);
    static final String FORWARDED = "Forwarded";
    static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final List<IpRange> trustedProxies;
    private final String header;

    ClientAddressResolver(
            @Value("${app.security.trusted-proxies:}") List<String> trustedProxies,
            @Nullable @Value("${micronaut.server.client-address-header:}") String header) {
        this.trustedProxies = trustedProxies.stream()
                .map(String::trim)
                .filter(text -> !text.isEmpty())
                .map(IpRange::parse)
                .toList();
        this.header = header == null || header.isBlank() ? null : header.trim();
        if (this.header != null && this.trustedProxies.isEmpty()) {
            LOG.warn(
                    "micronaut.server.client-address-header is {} but app.security.trusted-proxies is empty: the header"
                            + " is ignored and clients are known by their TCP address (docs/operations.md)",
                    this.header);
        } else if (!this.trustedProxies.isEmpty()) {
            LOG.info("Client addresses: forwarded headers believed from {}", this.trustedProxies);
        }
    }

    @Override
    public String resolve(@NonNull HttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote == null ? null : remote.getAddress();
        if (peer == null) {
            return remote == null ? "unknown" : remote.getHostString();
        }
        if (!isTrusted(peer)) {
            return peer.getHostAddress();
        }
        return clientBehind(peer, hops(request)).getHostAddress();
    }

    /**
     * Walks the chain from the proxy next to us leftwards: each trusted proxy vouches for the hop to its left, and
     * the first hop that is not a trusted proxy is the client. An unreadable hop ends the walk at the last known one.
     */
    InetAddress clientBehind(InetAddress peer, List<Optional<InetAddress>> hops) {
        InetAddress current = peer;
        for (int i = hops.size() - 1; i >= 0 && isTrusted(current); i--) {
            Optional<InetAddress> hop = hops.get(i);
            if (hop.isEmpty()) {
                return current;
            }
            current = hop.get();
        }
        return current;
    }

    boolean isTrusted(InetAddress address) {
        for (IpRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private List<Optional<InetAddress>> hops(HttpRequest<?> request) {
        var headers = request.getHeaders();
        if (header != null) {
            List<String> lines = headers.getAll(header);
            return header.equalsIgnoreCase(FORWARDED)
                    ? ForwardedHops.fromForwarded(lines)
                    : ForwardedHops.fromXForwardedFor(lines);
        }
        List<String> xForwardedFor = headers.getAll(X_FORWARDED_FOR);
        if (!xForwardedFor.isEmpty()) {
            return ForwardedHops.fromXForwardedFor(xForwardedFor);
        }
        return ForwardedHops.fromForwarded(headers.getAll(FORWARDED));
    }
}
