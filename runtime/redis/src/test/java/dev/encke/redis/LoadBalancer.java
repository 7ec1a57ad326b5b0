package dev.encke.redis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small TCP load balancer on loopback for the cluster's tests, sticky as real ones are: the first
 * request of each connection names its {@code Host}, and each host name (one per page, such as
 * {@code p3.localhost}) goes to the next live node, round robin, and stays there until that node is
 * dropped. Then its pages reconnect to the survivors. Bytes are copied as they are, both ways.
 */
final class LoadBalancer implements AutoCloseable {

  private static final Pattern HOST = Pattern.compile("(?im)^host:\\s*([^:\\r\\n]+)");

  private final ServerSocket server;
  private final List<Integer> nodes;
  private final Set<Integer> dropped = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> hosts = new ConcurrentHashMap<>();
  private final Map<Integer, List<Socket>> open = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  LoadBalancer(List<Integer> nodePorts) throws IOException {
    this.nodes = new CopyOnWriteArrayList<>(nodePorts);
    this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    daemon("lb-accept", this::accept).start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Which node port the host {@code name} goes to now; null before its first request. */
  Integer nodeOf(String name) {
    return hosts.get(name);
  }

  /** Sends nothing more to the node at {@code port} and cuts its connections. */
  void drop(int port) {
    dropped.add(port);
    hosts.values().removeIf(node -> node == port);
    for (Socket socket : open.getOrDefault(port, List.of())) {
      closeQuietly(socket);
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        daemon("lb-route", () -> route(client)).start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void route(Socket client) {
    try {
      byte[] head = readHead(client.getInputStream());
      Matcher host = HOST.matcher(new String(head, StandardCharsets.ISO_8859_1));
      String name = host.find() ? host.group(1).trim() : "";
      int port = hosts.compute(name, (key, node) -> node != null && !dropped.contains(node) ? node
          : nextLive());
      Socket upstream = new Socket();
      try {
        upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
      } catch (IOException refused) {
        // A node that refuses is gone, as a health check would find: its pages go elsewhere.
        drop(port);
        closeQuietly(client);
        return;
      }
      open.computeIfAbsent(port, key -> new CopyOnWriteArrayList<>()).add(upstream);
      open.get(port).add(client);
      upstream.getOutputStream().write(head);
      daemon("lb-up", () -> pump(client, upstream)).start();
      pump(upstream, client);
    } catch (IOException | RuntimeException e) {
      closeQuietly(client);
    }
  }

  private int nextLive() {
    for (int tries = 0; tries < nodes.size(); tries++) {
      int port = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
      if (!dropped.contains(port)) {
        return port;
      }
    }
    throw new IllegalStateException("no live node behind the load balancer");
  }

  /** The bytes up to and including the blank line that ends the first request's headers. */
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4 && head.size() < 16_384) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed before a request");
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toByteArray();
  }

  private static void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16_384];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // One side went away: the other is closed below, as a real balancer does.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static Thread daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing is all that was asked.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    open.values().forEach(sockets -> sockets.forEach(LoadBalancer::closeQuietly));
  }
}
