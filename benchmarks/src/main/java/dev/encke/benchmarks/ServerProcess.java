package dev.encke.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A benchmarked server in a JVM of its own, driven over its stdin/stdout with the kit's control loop
 * protocol. Its CPU time and resident memory are read from {@code /proc/<pid>}; its stderr goes to a
 * log file.
 */
final class ServerProcess implements AutoCloseable {

  /**
   * The JVM options of every server process, so that each gets the same heap and collector. The heap
   * is touched at start, so that resident memory grows only with what lives outside it.
   */
  static final List<String> JVM_OPTIONS =
      List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC", "-XX:+AlwaysPreTouch");

  /** The JVM's own messages go to stderr, which leaves stdout to the control protocol. */
  private static final String JVM_LOG_TO_STDERR = "-Xlog:all=warning:stderr";

  private final String name;
  private final Process process;
  private final PrintStream commands;
  private final BufferedReader answers;
  private final ExecutorService waiter;
  private final int port;
  private long nextN = 1;

  private ServerProcess(String name, Process process) throws IOException {
    this.name = name;
    this.process = process;
    this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    this.answers = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.waiter = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, name + "-control");
      thread.setDaemon(true);
      return thread;
    });
    String ready = readAnswer();
    // Java Flight Recorder announces itself on stdout whatever -Xlog says; nothing else may.
    while (ready.startsWith("[") && ready.contains("[jfr")) {
      ready = readAnswer();
    }
    if (!ready.startsWith("ready ")) {
      throw new IllegalStateException(name + " did not start: " + ready);
    }
    this.port = Integer.parseInt(ready.substring("ready ".length()));
  }

  /**
   * Starts {@code mainClass} with {@code classpath} and waits until it listens on {@code host}; with
   * {@code profile}, Java Flight Recorder records it into {@code logDir/<name>.jfr}.
   */
  static ServerProcess start(String name, String classpath, String mainClass, String host,
      Path logDir, boolean profile) throws IOException {
    return start(name, classpath, mainClass, List.of(host), logDir, profile);
  }

  /** As {@link #start(String, String, String, String, Path, boolean)}, with these arguments. */
  static ServerProcess start(String name, String classpath, String mainClass,
      List<String> arguments, Path logDir, boolean profile) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add(JVM_LOG_TO_STDERR);
    if (profile) {
      command.add("-XX:StartFlightRecording=settings=profile,filename="
          + logDir.resolve(fileStem(name) + ".jfr").toAbsolutePath());
    }
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(arguments);
    Files.createDirectories(logDir);
    Process process = new ProcessBuilder(command)
        .redirectError(logDir.resolve(fileStem(name) + ".log").toFile())
        .start();
    return new ServerProcess(name, process);
  }

  /** The start of the names of this server's log and recording files. */
  static String fileStem(String name) {
    return name.replace(' ', '-');
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  /** The number of the next payload the server will send. */
  long nextN() {
    return nextN;
  }

  /** Sends a command and waits for its one-line answer. */
  String command(String line) {
    return commandAsync(line).join();
  }

  /** Sends a command; the answer completes the future. One command at a time. */
  CompletableFuture<String> commandAsync(String line) {
    return CompletableFuture.supplyAsync(() -> {
      commands.println(line);
      String answer = readAnswer();
      if (answer.startsWith("error ")) {
        throw new IllegalStateException(name + " failed \"" + line + "\": " + answer);
      }
      return answer;
    }, waiter);
  }

  /** Publishes at {@code rate} a second for {@code millis}; the answer says what was sent. */
  CompletableFuture<Sent> publish(String kind, double rate, long millis) {
    return commandAsync(kind + " " + rate + " " + millis).thenApply(answer -> {
      String[] words = answer.split(" ");
      Sent sent = new Sent(Long.parseLong(words[1]), Long.parseLong(words[2]),
          Long.parseLong(words[3]), Long.parseLong(words[4]), Long.parseLong(words[5]));
      if (sent.count() > 0) {
        nextN = sent.lastN() + 1;
      }
      return sent;
    });
  }

  /** The heap in use after full collections, as the server itself measures it. */
  long heapAfterGc() {
    return Long.parseLong(command("gc").substring("heap ".length()));
  }

  long sessions() {
    return Long.parseLong(command("sessions").substring("sessions ".length()));
  }

  /** User plus system CPU time the process has used, from {@code /proc/<pid>/stat}. */
  long cpuNanos() {
    return ProcFs.cpuNanos(process.pid());
  }

  /** Resident set size, from {@code /proc/<pid>/status}. */
  long rssBytes() {
    return status("VmRSS:") * 1024;
  }

  /** The process's threads now, from {@code /proc/<pid>/status}. */
  long threads() {
    return status("Threads:");
  }

  /** The file descriptors the process holds open now: the entries of {@code /proc/<pid>/fd}. */
  long openFiles() {
    try (java.util.stream.Stream<Path> fds =
        Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
      return fds.count();
    } catch (IOException e) {
      throw new UncheckedIOException(name + " is gone", e);
    }
  }

  /** The most files the process may open: its soft limit, from {@code /proc/<pid>/limits}. */
  long openFileLimit() {
    for (String line : read("limits").split("\n")) {
      if (line.startsWith("Max open files")) {
        return Long.parseLong(line.substring("Max open files".length()).trim().split("\\s+")[0]);
      }
    }
    throw new IllegalStateException("no open file limit for " + name);
  }

  private long status(String field) {
    for (String line : read("status").split("\n")) {
      if (line.startsWith(field)) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no " + field + " for " + name);
  }

  private String read(String file) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(process.pid()), file));
    } catch (IOException e) {
      throw new UncheckedIOException(name + " is gone", e);
    }
  }

  private String readAnswer() {
    try {
      String line = answers.readLine();
      if (line == null) {
        throw new IllegalStateException(name + " exited with " + process.waitFor());
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    commands.println("quit");
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } finally {
      waiter.shutdownNow();
    }
  }

  /**
   * What one publishing command sent: how many payloads, numbered {@code firstN..lastN}, and how
   * long the server's push calls took, mean and longest, in microseconds.
   */
  record Sent(long count, long firstN, long lastN, long callMicrosMean, long callMicrosMax) {}
}
