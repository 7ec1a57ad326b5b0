package dev.encke.internal.jetty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Serves the application's classpath folder and every {@code META-INF/resources} folder on the
 * classpath (the client runtime, binding scripts and WebJars all live there), and folders on disk
 * under URL prefixes of their own, for libraries no registry has.
 */
final class StaticContent {

  static final String WEB_RESOURCES = "META-INF/resources";

  private StaticContent() {}

  /**
   * {@code directories}: URL prefixes such as {@code /gi}, as {@code Encke.Builder.staticDirectory}
   * accepts them, to the folders served under them.
   */
  static Handler handler(Server server, String applicationFolder, Map<String, Path> directories) {
    Handler classpath = classpathHandler(server, applicationFolder);
    if (directories.isEmpty()) {
      return classpath;
    }
    ResourceFactory factory = ResourceFactory.of(server);
    PathMappingsHandler mappings = new PathMappingsHandler();
    directories.forEach((prefix, directory) ->
        mappings.addMapping(PathSpec.from(prefix + "/*"), resourceHandler(
            factory.newResource(directory))));
    mappings.addMapping(PathSpec.from("/"), classpath);
    // PathMappingsHandler strips the matched prefix relative to a context, so it needs one.
    return new ContextHandler(mappings, "/");
  }

  private static Handler classpathHandler(Server server, String applicationFolder) {
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
    return resourceHandler(ResourceFactory.combine(bases));
  }

  private static ResourceHandler resourceHandler(Resource base) {
    ResourceHandler handler = new ResourceHandler();
    handler.setBaseResource(base);
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
