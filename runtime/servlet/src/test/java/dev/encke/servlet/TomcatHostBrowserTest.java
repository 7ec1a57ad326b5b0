package dev.encke.servlet;

import dev.encke.Encke;
import dev.encke.testing.UserHostContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/** The host contract on embedded Tomcat 11, the application under {@code /app}. */
class TomcatHostBrowserTest extends UserHostContract {

  @Override
  protected RunningHost startHost() {
    return start(Map.of());
  }

  /**
   * Tomcat on a free loopback port, the test application under {@code /app}, its connector given
   * {@code connectorProperties} (such as {@code maxThreads}).
   */
  static RunningHost start(Map<String, String> connectorProperties) {
    Tomcat tomcat = new Tomcat();
    Path base = baseDirectory();
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    connectorProperties.forEach(connector::setProperty);
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("/app", base.toString());
    AtomicReference<Encke> encke = new AtomicReference<>();
    context.addServletContainerInitializer(new WsSci(), null);
    context.addServletContainerInitializer(
        (classes, servletContext) -> encke.set(TestApplication.install(servletContext)), null);
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      throw new IllegalStateException("cannot start Tomcat", e);
    }
    return new RunningHost() {
      @Override
      public Encke encke() {
        return encke.get();
      }

      @Override
      public URI pages(String hostName) {
        return URI.create("http://" + hostName + ":" + connector.getLocalPort() + "/app/");
      }

      @Override
      public void close() {
        encke.get().close();
        try {
          tomcat.stop();
          tomcat.destroy();
        } catch (LifecycleException e) {
          throw new IllegalStateException("cannot stop Tomcat", e);
        }
      }
    };
  }

  private static Path baseDirectory() {
    try {
      return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "tomcat-")
          .toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
