package dev.encke.benchmarks;

import dev.encke.benchmarks.kit.ControlLoop;
import dev.encke.benchmarks.kit.Payload;
import dev.encke.benchmarks.kit.PushTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The ceiling: no framework, no protocol, one thread writing each payload, a line of
 * {@value Payload#BYTES} bytes and a newline, to N plain loopback sockets with blocking writes. What
 * a push server could at best do on this machine with the same load generator beside it.
 *
 * <p>Usage: {@code BaselineServerMain <host>}; prints {@code ready <port>} and follows
 * {@link ControlLoop}.
 */
public final class BaselineServerMain implements PushTarget {

  private final List<SocketChannel> sockets = new ArrayList<>();
  private SocketChannel[] targets = new SocketChannel[0];

  public static void main(String[] args) throws IOException {
    String host = args.length > 0 ? args[0] : "127.0.0.1";
    try (ServerSocketChannel server = ServerSocketChannel.open()) {
      server.bind(new InetSocketAddress(host, 0), 4096);
      BaselineServerMain baseline = new BaselineServerMain();
      Thread acceptor = new Thread(() -> baseline.accept(server), "baseline-accept");
      acceptor.setDaemon(true);
      acceptor.start();
      ControlLoop.serve(server.socket().getLocalPort(), baseline);
    }
  }

  private void accept(ServerSocketChannel server) {
    try {
      while (true) {
        SocketChannel socket = server.accept();
        socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
        synchronized (sockets) {
          sockets.add(socket);
        }
      }
    } catch (IOException e) {
      // The server socket closed: the process is ending.
    }
  }

  @Override
  public int sessionCount() {
    synchronized (sockets) {
      return sockets.size();
    }
  }

  @Override
  public void broadcast(long n, long sentNanos) {
    ByteBuffer line = line(n, sentNanos);
    SocketChannel[] all;
    synchronized (sockets) {
      all = sockets.toArray(new SocketChannel[0]);
    }
    for (SocketChannel socket : all) {
      write(socket, line.duplicate());
    }
  }

  @Override
  public void snapshotTargets() {
    synchronized (sockets) {
      targets = sockets.toArray(new SocketChannel[0]);
    }
  }

  @Override
  public void pushToRandom(Random random, long n, long sentNanos) {
    write(targets[random.nextInt(targets.length)], line(n, sentNanos));
  }

  private static ByteBuffer line(long n, long sentNanos) {
    return ByteBuffer.wrap((Payload.json(n, sentNanos) + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  private static void write(SocketChannel socket, ByteBuffer bytes) {
    try {
      while (bytes.hasRemaining()) {
        socket.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("baseline write failed", e);
    }
  }
}
