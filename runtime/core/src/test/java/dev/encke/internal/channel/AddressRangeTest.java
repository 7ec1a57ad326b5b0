package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressRangeTest {

  @Test
  void aRangeContainsTheAddressesOfItsPrefixAndNoOthers() {
    AddressRange privateTen = AddressRange.parse("10.0.0.0/8");
    AddressRange loopbackSix = AddressRange.parse("::1");
    AddressRange documentation = AddressRange.parse("2001:db8::/32");

    assertThat(privateTen.contains("10.200.3.4")).isTrue();
    assertThat(privateTen.contains("11.0.0.1")).isFalse();
    assertThat(loopbackSix.contains("::1")).isTrue();
    assertThat(loopbackSix.contains("[::1]")).isTrue();
    assertThat(loopbackSix.contains("::2")).isFalse();
    assertThat(documentation.contains("2001:db8:ffff::7")).isTrue();
    assertThat(documentation.contains("2001:db9::7")).isFalse();
    assertThat(privateTen.contains("::ffff:10.1.2.3")).isTrue();
  }

  @Test
  void namesAreNeverAddressesAndAreNotLookedUp() {
    assertThat(AddressRange.literal("localhost")).isNull();
    assertThat(AddressRange.literal("cafe")).isNull();
    assertThat(AddressRange.literal("1.2.3")).isNull();
    assertThat(AddressRange.literal("256.1.1.1")).isNull();
    assertThat(AddressRange.literal("evil.example")).isNull();
    assertThat(AddressRange.literal("127.0.0.1")).containsExactly(127, 0, 0, 1);
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64AndAnIpv4ClientByItself() {
    assertThat(AddressRange.limitKey("2001:db8:1:2:aaaa::1"))
        .isEqualTo(AddressRange.limitKey("2001:db8:1:2:bbbb::9")).isEqualTo("2001:db8:1:2::/64");
    assertThat(AddressRange.limitKey("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
    assertThat(AddressRange.limitKey("192.0.2.7")).isEqualTo("192.0.2.7");
  }

  @Test
  void somethingElseIsRefusedQuotingIt() {
    assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33"))
        .hasMessage("not an IP address or CIDR range, such as 10.0.0.0/8 or ::1: \"10.0.0.0/33\"");
    assertThatThrownBy(() -> AddressRange.parse("proxy.internal"))
        .hasMessageContaining("\"proxy.internal\"");
  }
}
