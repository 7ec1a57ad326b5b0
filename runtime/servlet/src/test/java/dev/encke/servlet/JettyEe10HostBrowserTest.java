package dev.encke.servlet;

import dev.encke.Encke;
import dev.encke.testing.UserHostContract;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Tag;

/**
 * The host contract on Jetty 12 ee10 (Servlet 6.0), the application under {@code /app}; tagged so
 * that it runs in the surefire execution whose class path has Jetty and not Tomcat.
 */
@Tag("jetty-ee10")
class JettyEe10HostBrowserTest extends UserHostContract {

  @Override
  protected RunningHost startHost() {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
    context.setContextPath("/app");
    JakartaWebSocketServletContainerInitializer.configure(context, null);
    AtomicReference<Encke> encke = new AtomicReference<>();
    context.addServletContainerInitializer(
        (classes, servletContext) -> encke.set(TestApplication.install(servletContext)));
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start Jetty", e);
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
          server.stop();
        } catch (Exception e) {
          throw new IllegalStateException("cannot stop Jetty", e);
        }
      }
    };
  }
}
