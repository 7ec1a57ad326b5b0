package dev.encke.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.benchmarks.Results.Step;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Encke on Tomcat row with fewer request threads than pages, through one of the fleet's ping
 * rounds: a hundred pages against two threads show what thousands do to Tomcat's 200. Tomcat
 * answers a ping with a blocking pong on a request thread, which waits for the message in flight
 * to the same page, whose completion Tomcat runs on those same threads; so a fleet pinging more
 * pages at once than Tomcat has threads, while broadcasts are in flight, stalls every page.
 */
class TomcatEnckeServerMainTest {

  private static final int PAGES = 100;
  private static final int BROADCASTS_PER_SECOND = 50;

  @Test
  void everyBroadcastArrivesAcrossAPingRoundWithFewerRequestThreadsThanPages() throws Exception {
    ServerProcess.Launch launch = new ServerProcess.Launch(Systems.ENCKE_TOMCAT,
        Bench.classpathFrom(property("encke.bench.classpath"), property("encke.bench.classes")),
        TomcatEnckeServerMain.class.getName(), List.of("--max-threads", "2"),
        Scale.SMOKE.serverJvm(), List.of(), Path.of("target", "tomcat-threads"), "tomcat", false);
    try (ServerProcess server = ServerProcess.start(launch, Bench.HOST);
        WsFleet fleet = new WsFleet(Bench.HOST, server.port(), EnckeSubscriber.PATH,
            EnckeSubscriber::new, List.of("127.0.0.2"))) {
      fleet.grow(PAGES);
      long spanningAPingRound = (WsFleet.PING_SECONDS + 2) * 1000L;

      Step step = new StepRunner(Scale.SMOKE.timing(), server, fleet, 1).run("broadcast", PAGES,
          BROADCASTS_PER_SECOND * PAGES, spanningAPingRound, false, Long.MAX_VALUE);

      assertThat(step.counts().sent()).isPositive();
      assertThat(step.counts().received()).as("deliveries")
          .isEqualTo(step.counts().expected());
      assertThat(step.counts().lost()).as("lost").isZero();
      assertThat(fleet.unexpectedCloses()).as("connections the server closed").isZero();
      assertThat(fleet.errors()).as("errors").isEmpty();
    }
  }

  private static Path property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property " + name + ", set by the build").isNotNull();
    return Path.of(value);
  }
}
