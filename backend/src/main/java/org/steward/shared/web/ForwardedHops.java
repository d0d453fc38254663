package org.steward.shared.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The client addresses that proxies recorded, left (first proxy's client) to right (the last proxy's client), from
 * {@code Forwarded} (RFC 7239) or {@code X-Forwarded-For}. A hop that is not an IP literal ({@code unknown}, an
 * obfuscated {@code _name}, garbage) is kept as empty so the walk knows where the chain stops being readable.
 */
final class ForwardedHops {

    private ForwardedHops() {}

    /** {@code X-Forwarded-For: 203.0.113.7, 198.51.100.2} (one entry per header line or comma). */
    static List<Optional<InetAddress>> fromXForwardedFor(List<String> lines) {
        List<Optional<InetAddress>> hops = new ArrayList<>();
        for (String line : lines) {
            for (String entry : split(line, ',')) {
                hops.add(node(entry.trim()));
            }
        }
        return hops;
    }

    /** {@code Forwarded: for=192.0.2.60;proto=http, for="[2001:db8::1]:4711"}: the {@code for} of each element. */
    static List<Optional<InetAddress>> fromForwarded(List<String> lines) {
        List<Optional<InetAddress>> hops = new ArrayList<>();
        for (String line : lines) {
            for (String element : split(line, ',')) {
                if (element.isBlank()) {
                    continue;
                }
                Optional<InetAddress> hop = Optional.empty();
                for (String pair : split(element, ';')) {
                    int equals = pair.indexOf('=');
                    if (equals > 0
                            && pair.substring(0, equals)
                                    .trim()
                                    .toLowerCase(Locale.ROOT)
                                    .equals("for")) {
                        hop = node(unquote(pair.substring(equals + 1).trim()));
                    }
                }
                hops.add(hop);
            }
        }
        return hops;
    }

    /** A node: {@code 192.0.2.7}, {@code 192.0.2.7:443}, {@code [2001:db8::1]}, {@code [2001:db8::1]:80}, {@code 2001:db8::1}. */
    static Optional<InetAddress> node(String text) {
        String host = text;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = host.substring(1, close);
        } else if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            host = host.substring(0, host.indexOf(':')); // IPv4 with a port
        }
        return IpLiterals.parse(host);
    }

    /** Splits on {@code separator} outside double-quoted strings. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) {
                c = value.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }
}
