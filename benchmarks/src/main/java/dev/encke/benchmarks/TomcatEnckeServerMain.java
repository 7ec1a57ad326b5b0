package dev.encke.benchmarks;

import dev.encke.Encke;
import dev.encke.benchmarks.kit.ControlLoop;
import dev.encke.servlet.EnckeServlets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * Encke hosted in embedded Tomcat 11 through {@code encke-servlet}, as an application with its own
 * container runs it: the same settings and pushes as {@link EnckeServerMain}, Tomcat's NIO
 * connector with the same listen backlog, so that the difference is the host.
 *
 * <p>Usage: {@code TomcatEnckeServerMain <host> [--default-limits] [--max-threads N]}; prints
 * {@code ready <port>} and follows {@link ControlLoop}. {@code --max-threads} sets the connector's
 * request threads (Tomcat's default is 200), so that a test with many more pages than threads
 * shows what thousands of pages do to 200.
 */
public final class TomcatEnckeServerMain {

  private TomcatEnckeServerMain() {}

  public static void main(String[] args) throws Exception {
    Encke.Builder settings = EnckeServerMain.settings(args);
    Tomcat tomcat = new Tomcat();
    Path base = Files.createTempDirectory("encke-tomcat-");
    tomcat.setBaseDir(base.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", args.length > 0 ? args[0] : "127.0.0.1");
    connector.setProperty("acceptCount", String.valueOf(Parity.ACCEPT_QUEUE));
    connector.setProperty("maxConnections", "-1");
    int maxThreads = List.of(args).indexOf("--max-threads");
    if (maxThreads >= 0) {
      int threads = Integer.parseInt(args[maxThreads + 1]);
      connector.setProperty("maxThreads", String.valueOf(threads));
      connector.setProperty("minSpareThreads", String.valueOf(Math.min(threads, 10)));
    }
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", base.toString());
    AtomicReference<Encke> encke = new AtomicReference<>();
    context.addServletContainerInitializer(new WsSci(), null);
    context.addServletContainerInitializer(
        (classes, servletContext) -> encke.set(EnckeServlets.register(servletContext, settings)),
        null);
    tomcat.start();
    try (Encke running = encke.get()) {
      ControlLoop.serve(connector.getLocalPort(), new EnckeServerMain(running));
    } finally {
      tomcat.stop();
      tomcat.destroy();
    }
  }
}
