package dev.encke.redis;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A node ({@link ClusterNodeMain}) or an outboard publisher ({@link OutboardMain}) in a JVM of its
 * own: the test writes its commands and waits for its answers; {@link #kill()} is {@code kill -9}. Its log goes to {@code
 * target/cluster-<name>.log}.
 */
final class NodeProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final PrintWriter commands;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final int port;

  private NodeProcess(String name, String classPath, List<String> mainAndArgs, String ready) {
    this.name = name;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m",
        "-XX:TieredStopAtLevel=1", "-cp", classPath));
    command.addAll(mainAndArgs);
    try {
      Files.createDirectories(Path.of("target"));
      process = new ProcessBuilder(command)
          .redirectError(Path.of("target", "cluster-" + name + ".log").toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Thread reader = new Thread(this::read, "node-" + name + "-out");
    reader.setDaemon(true);
    reader.start();
    String said = await(line -> line.startsWith(ready), Duration.ofSeconds(60));
    port = said.startsWith("PORT ") ? Integer.parseInt(said.substring(5)) : -1;
  }

  /** An Encke node, {@link ClusterNodeMain}, on this test's whole class path. */
  static NodeProcess node(String name, String redisUri, String secretHex, int hosts) {
    return new NodeProcess(name, testClassPath(), List.of(ClusterNodeMain.class.getName(),
        redisUri, name, secretHex, Integer.toString(hosts)), "PORT ");
  }

  /**
   * An outboard publisher, {@link OutboardMain}, on this test's class path without Jetty, Selenium
   * and the test fixtures: the core, the Redis backplane and their libraries.
   */
  static NodeProcess outboard(String redisUri) {
    String classPath = Arrays.stream(testClassPath().split(File.pathSeparator))
        .filter(entry -> !entry.contains("jetty") && !entry.contains("selenium")
            && !entry.contains("runtime/testing") && !entry.contains("encke-testing"))
        .collect(Collectors.joining(File.pathSeparator));
    return new NodeProcess("outboard", classPath, List.of(OutboardMain.class.getName(), redisUri),
        "NO-JETTY");
  }

  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private void read() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The process went away; what it said is kept.
    }
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  /** What the node has logged so far. */
  String log() {
    try {
      return Files.readString(Path.of("target", "cluster-" + name + ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends one command line. */
  void send(String command) {
    commands.println(command);
  }

  /** Sends a command and waits for the first answer that {@code answer} accepts. */
  String ask(String command, Predicate<String> answer) {
    int from = lines.size();
    send(command);
    return await(answer, from, Duration.ofSeconds(20));
  }

  /** Waits for a line, among all this node said, that {@code wanted} accepts. */
  String await(Predicate<String> wanted, Duration timeout) {
    return await(wanted, 0, timeout);
  }

  private String await(Predicate<String> wanted, int from, Duration timeout) {
    Awaitility.await(name + " to answer").atMost(timeout).until(() -> find(wanted, from) != null
        || !process.isAlive());
    String line = find(wanted, from);
    if (line == null) {
      throw new IllegalStateException("node " + name + " ended; it said " + lines);
    }
    return line;
  }

  private String find(Predicate<String> wanted, int from) {
    List<String> said = List.copyOf(lines);
    for (int i = Math.min(from, said.size()); i < said.size(); i++) {
      if (wanted.test(said.get(i))) {
        return said.get(i);
      }
    }
    return null;
  }

  /** The ids of the sessions this node holds now. */
  List<String> sessions() {
    String answer = ask("sessions", line -> line.startsWith("SESSIONS"));
    String ids = answer.substring("SESSIONS".length()).trim();
    return ids.isEmpty() ? List.of() : List.of(ids.split(" "));
  }

  /** {@code kill -9}: the node dies with its sessions, as a crashed machine does. */
  void kill() {
    process.destroyForcibly();
    waitFor();
  }

  private void waitFor() {
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    commands.close();
    waitFor();
    if (process.isAlive()) {
      kill();
    }
  }
}
