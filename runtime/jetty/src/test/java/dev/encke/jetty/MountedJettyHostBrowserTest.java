package dev.encke.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.testing.UserHostContract;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.session.SessionHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.Test;

/**
 * The host contract on Encke mounted in an application's own Jetty server under {@code /app},
 * beside the application's handlers (a login that stores the user in Jetty's session, its pages).
 */
class MountedJettyHostBrowserTest extends UserHostContract {

  private Server server;

  @Override
  protected RunningHost startHost() {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    MountedEncke encke = EnckeJetty.mount(server, Encke.builder());
    ResourceHandler pages = new ResourceHandler();
    pages.setBaseResource(ResourceFactory.of(server).newClassLoaderResource(PAGES));
    SessionHandler sessions = new SessionHandler();
    sessions.setHandler(new Handler.Sequence(encke.handler(), new Login(), pages));
    server.setHandler(new ContextHandler(sessions, "/app"));
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the application's server", e);
    }
    return new RunningHost() {
      @Override
      public Encke encke() {
        return encke;
      }

      @Override
      public URI pages(String hostName) {
        return URI.create("http://" + hostName + ":" + connector.getLocalPort() + "/app/");
      }

      @Override
      public void close() {
        encke.close();
        try {
          server.stop();
        } catch (Exception e) {
          throw new IllegalStateException("cannot stop the application's server", e);
        }
      }
    };
  }

  @Test
  void theMountedEnckeNamesTheServersConnectorAndTheContextItIsMountedUnder() {
    assertThat(host().encke().uri()).isEqualTo(host().pages("127.0.0.1"));
  }

  /** The application's login: {@code /app/login?user=NAME} makes NAME the session's user. */
  private static final class Login extends Handler.Abstract.NonBlocking {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      if (!"/login".equals(Request.getPathInContext(request))) {
        return false;
      }
      String user = Request.extractQueryParameters(request).getValue("user");
      request.getSession(true).setAttribute(EnckeJetty.USER_ATTRIBUTE, user);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
      response.write(true, StandardCharsets.UTF_8.encode("logged in as " + user), callback);
      return true;
    }
  }
}
