package dev.encke.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Plain loopback sockets reading the baseline server's newline-separated payloads, on a few
 * selector threads, with the same source-address spreading and the same counting as the WebSocket
 * fleets.
 */
final class BaselineFleet implements Fleet {

  private static final int READERS = 2;

  private final InetSocketAddress server;
  private final List<String> sourceAddresses;
  private final List<Member> members = new CopyOnWriteArrayList<>();
  private final List<Reader> readers = new ArrayList<>();
  private final Deliveries deliveries = new Deliveries();
  private final AtomicLong unexpectedCloses = new AtomicLong();

  BaselineFleet(String host, int port, List<String> sourceAddresses) throws IOException {
    this.server = new InetSocketAddress(host, port);
    this.sourceAddresses = sourceAddresses;
    for (int i = 0; i < READERS; i++) {
      Reader reader = new Reader(Selector.open());
      Thread thread = new Thread(reader, "baseline-reader-" + i);
      thread.setDaemon(true);
      thread.start();
      readers.add(reader);
    }
  }

  @Override
  public int size() {
    return members.size();
  }

  @Override
  public void grow(int target) {
    try {
      while (members.size() < target) {
        int index = members.size();
        SocketChannel socket = SocketChannel.open();
        socket.bind(new InetSocketAddress(sourceAddresses.get(index % sourceAddresses.size()), 0));
        socket.connect(server);
        socket.configureBlocking(false);
        Member member = new Member(socket);
        members.add(member);
        readers.get(index % READERS).add(member);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot connect to the baseline at " + server, e);
    }
  }

  @Override
  public Deliveries deliveries() {
    return deliveries;
  }

  @Override
  public List<Sequence> sequences() {
    return members.stream().map(member -> member.sequence).collect(Collectors.toList());
  }

  @Override
  public long unexpectedCloses() {
    return unexpectedCloses.get();
  }

  @Override
  public void close() {
    for (Reader reader : readers) {
      reader.stop();
    }
    for (Member member : members) {
      try {
        member.socket.close();
      } catch (IOException e) {
        // Closing anyway.
      }
    }
  }

  /** One socket with its unfinished line and its sequence check. */
  private static final class Member {
    final SocketChannel socket;
    final ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
    final Sequence sequence = new Sequence();

    Member(SocketChannel socket) {
      this.socket = socket;
    }
  }

  /** Reads its share of the sockets on one thread. */
  private final class Reader implements Runnable {
    private final Selector selector;
    private final Queue<Member> added = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    Reader(Selector selector) {
      this.selector = selector;
    }

    void add(Member member) {
      added.add(member);
      selector.wakeup();
    }

    void stop() {
      running = false;
      selector.wakeup();
    }

    @Override
    public void run() {
      try (selector) {
        while (running) {
          selector.select();
          for (Member member = added.poll(); member != null; member = added.poll()) {
            member.socket.register(selector, SelectionKey.OP_READ, member);
          }
          for (SelectionKey key : selector.selectedKeys()) {
            read(key, (Member) key.attachment());
          }
          selector.selectedKeys().clear();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void read(SelectionKey key, Member member) throws IOException {
      int read = member.socket.read(member.buffer);
      if (read < 0) {
        key.cancel();
        unexpectedCloses.incrementAndGet();
        return;
      }
      ByteBuffer buffer = member.buffer;
      int lastNewline = -1;
      for (int i = buffer.position() - 1; i >= 0; i--) {
        if (buffer.get(i) == '\n') {
          lastNewline = i;
          break;
        }
      }
      if (lastNewline < 0) {
        return;
      }
      String lines = new String(buffer.array(), 0, lastNewline, StandardCharsets.ISO_8859_1);
      PayloadScanner.scan(lines, (n, sentNanos) -> {
        member.sequence.accept(n);
        deliveries.record(n, sentNanos);
      });
      buffer.flip().position(lastNewline + 1);
      buffer.compact();
    }
  }
}
