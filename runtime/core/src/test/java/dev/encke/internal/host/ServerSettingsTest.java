package dev.encke.internal.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.Encke;
import dev.encke.Transport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  @Test
  void badSettingsAreRefusedQuotingTheValue() {
    Encke.Builder builder = Encke.builder();

    assertThatThrownBy(() -> builder.heartbeat(Duration.ofSeconds(20)))
        .hasMessage("heartbeat must be between 50 ms and PT15S, under half of the hosts' 30 s idle"
            + " timeout: PT20S");
    assertThatThrownBy(() -> builder.allowedOrigins("https://app.example.com/path"))
        .hasMessage("an origin is scheme://host[:port], such as https://app.example.com:"
            + " \"https://app.example.com/path\"");
    assertThatThrownBy(() -> builder.outboundLimit(0, 1 << 20))
        .hasMessage("outboundLimit needs at least 1 message and 1024 bytes: 0 messages, 1048576"
            + " bytes");
    assertThatThrownBy(() -> builder.maxMessagesPerSecond(0))
        .hasMessage("maxMessagesPerSecond must be at least 1: 0");
    assertThatThrownBy(() -> builder.transports())
        .hasMessage("transports must name at least one transport");
    assertThatThrownBy(() -> builder.trustedProxies("proxy.internal"))
        .hasMessage("not an IP address or CIDR range, such as 10.0.0.0/8 or ::1:"
            + " \"proxy.internal\"");
    assertThatThrownBy(() -> builder.allowedHosts("app.example.com:8080"))
        .hasMessage("an allowed host is a host name such as app.example.com, without port:"
            + " \"app.example.com:8080\"");
    assertThatThrownBy(() -> builder.browserCookieSecret(new byte[16]))
        .hasMessage("the cookie secret must have at least 32 bytes, not 16");
    assertThatThrownBy(() -> builder.handshakeTimeout(Duration.ofMinutes(5)))
        .hasMessage("handshakeTimeout must be between 100 ms and 60 s: PT5M");
    assertThatThrownBy(() -> builder.maxSessionsPerAddress(0))
        .hasMessage("maxSessionsPerAddress must be at least 1: 0");
    assertThatThrownBy(() -> builder.maxUpgradesPerAddressPerSecond(0))
        .hasMessage("maxUpgradesPerAddressPerSecond must be at least 1: 0");
  }

  @Test
  void theLimitsHaveTheirDocumentedDefaults() {
    ServerConfig config = new ServerSettings().config();

    assertThat(config.sessions().maxSessions()).isEqualTo(10_000);
    assertThat(config.sessions().maxSessionsPerAddress()).isEqualTo(256);
    assertThat(config.sessions().maxUplinkBytesPerSecond()).isEqualTo(256 * 1024);
    assertThat(config.sessions().listenerThreads()).isEqualTo(16);
    assertThat(config.sessions().maxQueuedEventsPerPage()).isEqualTo(64);
    assertThat(config.channel().maxConnectionsPerAddress()).isEqualTo(256);
    assertThat(config.channel().maxHellosPerAddressPerSecond()).isEqualTo(50);
    assertThat(config.channel().maxUpgradesPerAddressPerSecond()).isEqualTo(50);
    assertThat(config.channel().handshakeTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.channel().trustedProxies()).isEmpty();
    assertThat(config.channel().allowedHosts()).isEmpty();
  }

  @Test
  void settingsArriveInTheConfigAndTheSessionSettingsUnchangedByLaterCalls() {
    ServerSettings builder = new ServerSettings();
    builder.host("0.0.0.0").port(0).transports(Transport.SSE, Transport.SSE, Transport.WEBSOCKET)
        .maxUplinkBytes(2048);

    ServerConfig config = builder.config();
    builder.maxUplinkBytes(4096);

    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.staticResources()).isEmpty();
    assertThat(config.sessions().transports()).containsExactly(Transport.SSE, Transport.WEBSOCKET);
    assertThat(config.sessions().maxUplinkBytes()).isEqualTo(2048);
    assertThat(config.sessions().toBuilder().build().maxUplinkBytes()).isEqualTo(2048);
  }

  @Test
  void startingWithoutAHostModuleNamesTheArtifactToAdd() {
    assertThatThrownBy(() -> Encke.builder().port(0).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("add the dependency dev.encke:encke-jetty");
  }
}
