package dev.encke.jetty;

import dev.encke.Encke;
import dev.encke.testing.HostContract;
import java.net.URI;

/** The host contract on the embedded server, {@code Encke.builder().start()}. */
class EmbeddedHostBrowserTest extends HostContract {

  @Override
  protected RunningHost startHost() {
    Encke encke = Encke.builder().port(0).staticResources(PAGES).start();
    return new RunningHost() {
      @Override
      public Encke encke() {
        return encke;
      }

      @Override
      public URI pages(String hostName) {
        return URI.create("http://" + hostName + ":" + encke.port() + "/");
      }

      @Override
      public void close() {
        encke.close();
      }
    };
  }
}
