package dev.encke.internal.jetty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Serves the application's classpath folder and every {@code META-INF/resources} folder on the
 * classpath: the client runtime, binding scripts and WebJars all live there.
 */
final class StaticContent {

  static final String WEB_RESOURCES = "META-INF/resources";

  private StaticContent() {}

  static Handler handler(Server server, String applicationFolder) {
    ResourceFactory factory = ResourceFactory.of(server);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Resource> bases = new ArrayList<>();
    if (applicationFolder != null) {
      List<Resource> application = resources(factory, loader, applicationFolder);
      if (application.isEmpty()) {
        throw new IllegalArgumentException(
            "static resource folder not found on the classpath: \"" + applicationFolder + "\"");
      }
      bases.addAll(application);
    }
    bases.addAll(resources(factory, loader, WEB_RESOURCES));
    ResourceHandler handler = new ResourceHandler();
    handler.setBaseResource(ResourceFactory.combine(bases));
    handler.setDirAllowed(false);
    handler.setWelcomeFiles(List.of("index.html"));
    return handler;
  }

  private static List<Resource> resources(
      ResourceFactory factory, ClassLoader loader, String folder) {
    String name = folder.startsWith("/") ? folder.substring(1) : folder;
    List<Resource> found = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(name))) {
        found.add(factory.newResource(url.toURI()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list classpath folder \"" + name + "\"", e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad classpath URL for \"" + name + "\"", e);
    }
    return found;
  }
}
