package org.steward.shared.web;

import java.net.InetAddress;

/**
 * One address or CIDR range ({@code 10.0.0.0/8}, {@code 192.0.2.7}, {@code 2001:db8::/32}, {@code ::1}). An IPv4
 * range matches IPv4 addresses only and an IPv6 range IPv6 addresses only (Java already reads an IPv4-mapped
 * {@code ::ffff:a.b.c.d} as the IPv4 address).
 */
record IpRange(byte[] network, int prefixLength) {

    /** Parses an address or a range; throws {@link IllegalArgumentException} for anything else (no DNS look-up). */
    static IpRange parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
        InetAddress address = IpLiterals.parse(host)
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR range: " + text));
        byte[] bytes = address.getAddress();
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + text, e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Prefix length out of range in " + text);
            }
        }
        return new IpRange(mask(bytes, prefix), prefix);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && java.util.Arrays.equals(mask(bytes, prefixLength), network);
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] masked = bytes.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            masked[i] = (byte) (masked[i] & (0xFF << (8 - keep)));
        }
        return masked;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange range
                && range.prefixLength == prefixLength
                && java.util.Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return IpLiterals.parse(network).map(InetAddress::getHostAddress).orElse("?") + "/" + prefixLength;
    }
}
