package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostPolicyTest {

  private final HostPolicy hosts = new HostPolicy(ChannelSettings.builder().boundHost("0.0.0.0")
      .allowedOrigin("https://portal.example.com").allowedHost("App.Example.com").build());

  @Test
  void ipLiteralsLocalhostTheOriginsAndTheAllowedHostsAreAnswered() {
    assertThat(hosts.allows("127.0.0.1:8080")).isTrue();
    assertThat(hosts.allows("[::1]:8080")).isTrue();
    assertThat(hosts.allows("192.0.2.7")).isTrue();
    assertThat(hosts.allows("localhost:8080")).isTrue();
    assertThat(hosts.allows("LOCALHOST.")).isTrue();
    assertThat(hosts.allows("portal.example.com")).isTrue();
    assertThat(hosts.allows("app.example.com:443")).isTrue();
    assertThat(hosts.allows(null)).isTrue();
  }

  @Test
  void anyOtherNameIsNot() {
    assertThat(hosts.allows("evil.example:8080")).isFalse();
    assertThat(hosts.allows("app.example.com.evil.example")).isFalse();
    assertThat(hosts.allows("localhost.evil.example")).isFalse();
  }

  @Test
  void theBoundHostIsAnsweredWhenItIsAName() {
    HostPolicy named = new HostPolicy(ChannelSettings.builder().boundHost("box.lan").build());

    assertThat(named.allows("box.lan:8080")).isTrue();
    assertThat(named.allows("other.lan:8080")).isFalse();
  }
}
