package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoOptionsTest {

  @Test
  void defaultsToLoopbackPort8080() {
    assertThat(DemoOptions.parse(new String[0])).isEqualTo(new DemoOptions("127.0.0.1", 8080));
  }

  @Test
  void readsHostAndPortFlags() {
    assertThat(DemoOptions.parse(new String[] {"--port", "9090", "--host", "0.0.0.0"}))
        .isEqualTo(new DemoOptions("0.0.0.0", 9090));
  }

  @Test
  void aBadPortIsQuotedInTheError() {
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--port", "80a"}))
        .hasMessage("--port must be a number from 0 to 65535: \"80a\"");
  }

  @Test
  void anUnknownFlagIsNamed() {
    assertThatThrownBy(() -> DemoOptions.parse(new String[] {"--verbose"}))
        .hasMessage("unknown option \"--verbose\"");
  }
}
