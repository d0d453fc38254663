package org.steward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class IpRangeTest {

    @Test
    void anIpv4RangeContainsExactlyItsPrefix() {
        IpRange range = IpRange.parse("10.1.0.0/16");

        assertThat(range.contains(ip("10.1.0.0"))).isTrue();
        assertThat(range.contains(ip("10.1.255.254"))).isTrue();
        assertThat(range.contains(ip("10.2.0.1"))).isFalse();
        assertThat(range.contains(ip("10.0.255.255"))).isFalse();
    }

    @Test
    void aPrefixNotOnAByteBoundaryMasksTheRightBits() {
        IpRange range = IpRange.parse("192.0.2.64/26"); // .64 to .127

        assertThat(range.contains(ip("192.0.2.64"))).isTrue();
        assertThat(range.contains(ip("192.0.2.127"))).isTrue();
        assertThat(range.contains(ip("192.0.2.63"))).isFalse();
        assertThat(range.contains(ip("192.0.2.128"))).isFalse();
    }

    @Test
    void aBareAddressIsARangeOfOne() {
        IpRange range = IpRange.parse(" 203.0.113.9 ");

        assertThat(range.contains(ip("203.0.113.9"))).isTrue();
        assertThat(range.contains(ip("203.0.113.8"))).isFalse();
        assertThat(IpRange.parse("::1").contains(ip("::1"))).isTrue();
        assertThat(IpRange.parse("::1").contains(ip("::2"))).isFalse();
    }

    @Test
    void anIpv6RangeContainsExactlyItsPrefix() {
        IpRange range = IpRange.parse("2001:db8:abcd::/48");

        assertThat(range.contains(ip("2001:db8:abcd::1"))).isTrue();
        assertThat(range.contains(ip("2001:db8:abcd:ffff:ffff:ffff:ffff:ffff"))).isTrue();
        assertThat(range.contains(ip("2001:db8:abce::1"))).isFalse();
        assertThat(IpRange.parse("fd00::/7").contains(ip("fdff::1"))).isTrue();
        assertThat(IpRange.parse("fd00::/7").contains(ip("fe00::1"))).isFalse();
    }

    @Test
    void familiesNeverMatchEachOtherButMappedIpv4IsIpv4() {
        assertThat(IpRange.parse("0.0.0.0/0").contains(ip("2001:db8::1"))).isFalse();
        assertThat(IpRange.parse("::/0").contains(ip("192.0.2.1"))).isFalse();
        assertThat(IpRange.parse("192.0.2.0/24").contains(ip("::ffff:192.0.2.1")))
                .isTrue();
    }

    @Test
    void anythingButAnAddressOrRangeIsRefusedWithoutADnsLookUp() {
        assertThatThrownBy(() -> IpRange.parse("proxy.example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("2001:db8::/129")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("10.0.0/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
