package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressLimitsTest {

  private final AddressLimits limits = new AddressLimits(ChannelSettings.defaults());

  @Test
  void theSessionsOfOneAddressShareItsTrackedString() {
    String first = new String("192.0.2.7");
    String later = new String("192.0.2.7");
    limits.hello(first);

    assertThat(limits.canonical(later)).isSameAs(first);
  }

  @Test
  void anUntrackedAddressIsItsOwnString() {
    String address = new String("192.0.2.8");

    assertThat(limits.canonical(address)).isSameAs(address);
    assertThat(limits.canonical(null)).isNull();
  }

  @Test
  void aLeaseGivesItsSlotBackOnceHoweverOftenItIsReleased() {
    AddressLimits.Lease lease = limits.connect("192.0.2.9");
    lease.release();
    lease.release();

    for (int i = 0; i < ChannelSettings.defaults().maxConnectionsPerAddress(); i++) {
      assertThat(limits.connect("192.0.2.9")).isNotNull();
    }
    assertThat(limits.connect("192.0.2.9")).isNull();
  }
}
