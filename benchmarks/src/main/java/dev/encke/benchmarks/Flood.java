package dev.encke.benchmarks;

import dev.encke.testing.Attacker;
import dev.encke.testing.HostilePage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The flood measurement of issue 14: an Encke server with every limit at its default, in a JVM of
 * its own ({@link EnckeServerMain} {@code --default-limits}), takes three floods of 20,000 attempts,
 * each from one address of its own ({@code 127.0.0.2}, {@code .3}, {@code .4}): hellos without a
 * cookie, WebSocket upgrades with made-up cookies, and upgrades with one server-issued cookie that
 * never resume. Meanwhile the server
 * broadcasts ten times a second and an honest visitor on {@code 127.0.0.1} comes every second
 * (hello, WebSocket, resume) and times its first push. For each flood it reports the answers, the
 * honest visitor's time to first push, the server's peak threads and file descriptors ({@code
 * /proc/<pid>}, sampled every 50 ms), its peak heap after garbage collection, and the bytes its
 * log grew by against the bytes of the attack.
 *
 * <pre>
 * Flood --classpath CP [--attempts 20000] [--logs DIR] [--out FILE]
 * </pre>
 */
public final class Flood {

  private static final String HOST = "127.0.0.1";
  private static final int IN_FLIGHT = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ServerProcess server;
  private final URI base;
  private final Path log;

  private Flood(ServerProcess server, Path log) {
    this.server = server;
    this.base = URI.create("http://" + HOST + ":" + server.port() + "/");
    this.log = log;
  }

  public static void main(String[] args) throws Exception {
    String classpath = System.getProperty("java.class.path");
    int attempts = 20_000;
    Path logs = Path.of("benchmarks", "target", "flood-logs");
    Path out = Path.of("benchmarks", "target", "flood.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--classpath": classpath = args[++i]; break;
        case "--attempts": attempts = Integer.parseInt(args[++i]); break;
        case "--logs": logs = Path.of(args[++i]); break;
        case "--out": out = Path.of(args[++i]); break;
        default: throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    String name = "Encke flood";
    ServerProcess.Launch launch = new ServerProcess.Launch(name, classpath,
        EnckeServerMain.class.getName(), List.of("--default-limits"), Scale.FULL.serverJvm(), List.of(), logs,
        Bench.fileStem(name), false);
    try (ServerProcess server = ServerProcess.start(launch, HOST)) {
      Flood flood = new Flood(server, logs.resolve(launch.fileStem() + ".log"));
      List<String> rows = new ArrayList<>();
      rows.add(flood.measure("hellos without a cookie", "127.0.0.2", attempts, Flood::hellos));
      rows.add(flood.measure("upgrades with made-up cookies", "127.0.0.3", attempts,
          Flood::forgedUpgrades));
      rows.add(flood.measure("upgrades with an issued cookie, never resumed", "127.0.0.4",
          attempts, Flood::silentUpgrades));
      String report = report(attempts, server.openFileLimit(), rows);
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, report);
      System.out.print(report);
    }
  }

  /** One kind of attempt: from the attacker, given its number; the answer's status. */
  private interface Attempts {
    IntFunction<CompletableFuture<Integer>> prepare(Attacker attacker);
  }

  private String measure(String kind, String attacker, int attempts, Attempts attempt)
      throws Exception {
    long logBefore = Files.size(log);
    server.command("peakheap");
    Peaks peaks = Peaks.sample(server);
    AtomicBoolean flooding = new AtomicBoolean(true);
    CompletableFuture<Void> broadcasts = CompletableFuture.runAsync(() -> {
      while (flooding.get()) {
        server.publish("broadcast", 10, 1000).join();
      }
    });
    List<Long> firstPushMillis = Collections.synchronizedList(new ArrayList<>());
    AtomicLong honestFailures = new AtomicLong();
    Attacker visitor = Attacker.visitor(HOST, base);
    List<Long> before = new ArrayList<>();
    visit(visitor, before, honestFailures);
    CompletableFuture<Void> honest = CompletableFuture.runAsync(() -> {
      while (flooding.get()) {
        visit(visitor, firstPushMillis, honestFailures);
      }
    });
    long start = System.nanoTime();
    Map<Integer, Long> answers = new java.util.TreeMap<>();
    long attackBytes;
    Duration took;
    try (Attacker client = Attacker.from(attacker, base, IN_FLIGHT)) {
      IntFunction<CompletableFuture<Integer>> each = attempt.prepare(client);
      List<CompletableFuture<Integer>> window = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        window.add(each.apply(i));
        if (window.size() >= IN_FLIGHT) {
          answers.merge(window.remove(0).join(), 1L, Long::sum);
        }
      }
      window.forEach(answer -> answers.merge(answer.join(), 1L, Long::sum));
      attackBytes = client.bytesSent();
      took = Duration.ofNanos(System.nanoTime() - start);
    } finally {
      flooding.set(false);
      honest.join();
      visitor.close();
      broadcasts.join();
      peaks.stop();
    }
    long peakHeap = Long.parseLong(server.command("peakheap").substring("peakheap ".length()));
    long heapAfter = server.heapAfterGc();
    long logBytes = Files.size(log) - logBefore;
    List<Long> sorted = new ArrayList<>(firstPushMillis);
    Collections.sort(sorted);
    return "| " + kind + " from " + attacker + " | " + answers + " in "
        + took.toMillis() / 1000.0 + " s | "
        + (before.isEmpty() ? "failed" : before.get(0) + " ms") + " / " + (sorted.isEmpty() ? "none" : sorted.get(sorted.size() / 2) + " / "
            + sorted.get(sorted.size() - 1) + " ms (" + sorted.size() + " visits, "
            + honestFailures + " failed)")
        + " | " + peaks.baselineThreads + " → " + peaks.threads + " | "
        + (peakHeap == 0 ? "no collection" : peakHeap / 1_048_576 + " MiB") + " / "
        + heapAfter / 1_048_576 + " MiB | " + peaks.baselineFiles + " → " + peaks.files + " | "
        + logBytes + " B for " + attackBytes + " B (" + String.format("%.4f", 100.0 * logBytes
            / Math.max(1, attackBytes)) + " %) |\n";
  }

  /**
   * One honest visit from 127.0.0.1, a new page view without cookie: hello, WebSocket, resume, then
   * the first batch.
   */
  private static void visit(Attacker visitor, List<Long> firstPushMillis, AtomicLong failures) {
    long started = System.nanoTime();
    try (HostilePage page = HostilePage.open(visitor, "/honest.html")) {
      for (String message = page.next(Duration.ofSeconds(20)); message != null;
          message = page.next(Duration.ofSeconds(20))) {
        if (message.startsWith("{\"t\":\"batch\"")) {
          firstPushMillis.add((System.nanoTime() - started) / 1_000_000);
          break;
        }
      }
    } catch (RuntimeException | InterruptedException e) {
      failures.incrementAndGet();
    }
    long spent = (System.nanoTime() - started) / 1_000_000;
    if (spent < 1000) {
      try {
        TimeUnit.MILLISECONDS.sleep(1000 - spent);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static IntFunction<CompletableFuture<Integer>> hellos(Attacker attacker) {
    return i -> attacker.sendAsync(attacker.hello("/flood.html")).thenApply(Attacker.Answer::status);
  }

  private static IntFunction<CompletableFuture<Integer>> forgedUpgrades(Attacker attacker) {
    return i -> attacker.upgrade(Map.of("Cookie", "encke-browser=" + madeUp() + "." + madeUp()),
        new Attacker.Closes()).thenApply(Flood::dropped);
  }

  private static IntFunction<CompletableFuture<Integer>> silentUpgrades(Attacker attacker) {
    String cookie = attacker.issuedCookie("/flood.html");
    return i -> attacker.upgrade(Map.of("Cookie", cookie), new Attacker.Closes())
        .thenApply(Attacker.Upgrade::status);
  }

  /** The status of an upgrade; a socket that opened is dropped at once. */
  private static int dropped(Attacker.Upgrade upgrade) {
    if (upgrade.socket() != null) {
      upgrade.socket().drop();
    }
    return upgrade.status();
  }

  private static String madeUp() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  private static String report(int attempts, long fileLimit, List<String> rows) {
    return "# Flood of " + attempts + " attempts from one address\n\n"
        + "Encke with every limit at its default in a JVM of its own (-Xms1g -Xmx1g, G1) on "
        + ProcFs.cpuModel() + ", load average " + ProcFs.loadAverage() + ". Each flood comes "
        + "from one address, at most " + IN_FLIGHT + " attempts in flight; the server broadcasts "
        + "10 times a second; an honest visitor on 127.0.0.1 comes every second and times its "
        + "first push from its hello on (once before the flood, then every second during it). The"
        + " server may open " + fileLimit + " files.\n\n"
        + "| flood | answers by status | honest first push: before the flood / during it, median /"
        + " max | threads (before →"
        + " peak) | heap after GC (peak during / after a full GC) | open files (before → peak) |"
        + " log growth |\n"
        + "|---|---|---|---|---|---|---|\n" + String.join("", rows);
  }

  /** The server's threads and open files, sampled every 50 ms; their peaks. */
  private static final class Peaks {
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "flood-peaks");
          thread.setDaemon(true);
          return thread;
        });
    private final long baselineThreads;
    private final long baselineFiles;
    private volatile long threads;
    private volatile long files;

    private Peaks(ServerProcess server) {
      baselineThreads = server.threads();
      baselineFiles = server.openFiles();
      threads = baselineThreads;
      files = baselineFiles;
      sampler.scheduleAtFixedRate(() -> {
        threads = Math.max(threads, server.threads());
        files = Math.max(files, server.openFiles());
      }, 0, 50, TimeUnit.MILLISECONDS);
    }

    static Peaks sample(ServerProcess server) {
      return new Peaks(server);
    }

    void stop() throws InterruptedException {
      sampler.shutdown();
      sampler.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
