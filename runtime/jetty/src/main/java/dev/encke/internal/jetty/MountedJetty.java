package dev.encke.internal.jetty;

import dev.encke.Encke;
import dev.encke.internal.host.Channel;
import dev.encke.internal.host.HostedEncke;
import dev.encke.internal.host.ServerConfig;
import dev.encke.internal.host.ServerSettings;
import dev.encke.jetty.MountedEncke;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;

/** Encke's handler on an application's server, and the {@link Encke} of its sessions. */
public final class MountedJetty extends HostedEncke implements MountedEncke {

  private final Server server;
  private final EnckeHandler handler;

  private MountedJetty(Server server, Channel channel, EnckeHandler handler) {
    super(channel);
    this.server = server;
    this.handler = handler;
  }

  /** See {@code EnckeJetty.mount}. */
  public static MountedEncke mount(Server server, Encke.Builder settings) {
    Objects.requireNonNull(server, "server == null");
    Objects.requireNonNull(settings, "settings == null");
    if (!(settings instanceof ServerSettings serverSettings)) {
      throw new IllegalArgumentException("settings must come from Encke.builder(), not "
          + settings.getClass().getName());
    }
    ServerConfig config = serverSettings.config();
    Channel channel = Channel.open(config, server.getThreadPool(), "Encke{mounted}");
    return new MountedJetty(server, channel,
        EnckeHandler.create(server, channel, new EnckeFiles(server)));
  }

  @Override
  public Handler handler() {
    return handler;
  }

  @Override
  public int port() {
    return connector().getLocalPort();
  }

  @Override
  public URI uri() {
    NetworkConnector connector = connector();
    String host = connector.getHost() == null ? "localhost" : connector.getHost();
    return URI.create("http://" + host + ":" + connector.getLocalPort() + contextPath() + "/");
  }

  private NetworkConnector connector() {
    for (var connector : server.getConnectors()) {
      if (connector instanceof NetworkConnector network) {
        return network;
      }
    }
    throw new IllegalStateException("the server has no network connector");
  }

  /** The path of the innermost context the handler is mounted under; empty at the root. */
  private String contextPath() {
    String path = "";
    for (ContextHandler context : server.getDescendants(ContextHandler.class)) {
      if (context.getDescendants(EnckeHandler.class).contains(handler)
          && !"/".equals(context.getContextPath())) {
        path = context.getContextPath();
      }
    }
    return path;
  }

  /**
   * The files jars carry in {@code META-INF/resources/encke/} (the bindings' library lists, the
   * Dojo configuration), which pages load from below {@code /encke/}; other paths pass on.
   */
  private static final class EnckeFiles extends Handler.Wrapper {

    EnckeFiles(Server server) {
      super(StaticContent.handler(server, null, Map.of()));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback)
        throws Exception {
      return Request.getPathInContext(request).startsWith("/encke/")
          && super.handle(request, response, callback);
    }
  }

  /** The application's server goes on; only the sessions end. */
  @Override
  protected void stopHost() {
    // The server is the application's to stop.
  }

  @Override
  public String toString() {
    return "Encke{mounted " + contextPath() + "/}";
  }
}
