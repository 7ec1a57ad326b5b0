package dev.encke.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real {@code redis-server} (Debian's package, which {@code scripts/test} installs) on a free
 * loopback port, without persistence, started and stopped by the test. The system property {@code
 * encke.redis.server} points at another binary. Missing, it fails with the install hint, in CI and
 * out. Not thread-safe; one test class drives it.
 */
public final class RedisServer implements AutoCloseable {

  private static final String BINARY =
      System.getProperty("encke.redis.server", "/usr/bin/redis-server");

  private final int port;
  private Process process;

  private RedisServer(int port) {
    this.port = port;
  }

  /** Starts a server on a free loopback port and waits until it accepts connections. */
  public static RedisServer start() {
    if (!Files.isExecutable(Path.of(BINARY))) {
      throw new IllegalStateException("no redis-server at " + BINARY + ": install Debian's"
          + " redis-server (scripts/test does), or pass -Dencke.redis.server=PATH");
    }
    RedisServer server = new RedisServer(freePort());
    server.launch();
    return server;
  }

  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:<port>}. */
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** Kills the server at once ({@code SIGKILL}), as a crash would; its data is gone. */
  public void kill() {
    if (process != null) {
      process.destroyForcibly();
      waitFor(process);
      process = null;
    }
  }

  /** Starts the server again on the same port, empty. */
  public void restart() {
    kill();
    launch();
  }

  private void launch() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "redis-" + port));
      process = new ProcessBuilder(List.of(BINARY, "--port", Integer.toString(port), "--bind",
          "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toAbsolutePath().toString()))
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("redis.log").toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + BINARY, e);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!accepts()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("redis-server did not come up on port " + port
            + "; see target/redis-" + port + "/redis.log");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** CPU time the server has used so far, from {@code /proc}; empty where that is unknown. */
  public Optional<Duration> cpuTime() {
    return process == null ? Optional.empty()
        : process.info().totalCpuDuration();
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroy();
      waitFor(process);
      process = null;
    }
  }

  private static void waitFor(Process process) {
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
