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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A benchmarked server in a JVM of its own, driven over its stdin/stdout with the kit's control loop
 * protocol. Its CPU time and resident memory are read from {@code /proc/<pid>}; its stderr goes to a
 * log file.
 */
final class ServerProcess implements AutoCloseable {

  /** Servers still running, stopped if this process is stopped before it could close them. */
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(
        new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "stop-servers"));
  }

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

  /** What to start, and how: the command line of one server process. */
  record Launch(
      String name,
      String classpath,
      String mainClass,
      List<String> arguments,
      List<String> jvmOptions,
      List<String> commandPrefix,
      Path logDir,
      String fileStem,
      boolean profile) {}

  /**
   * Starts a server and waits until it listens; its stderr goes to {@code <stem>.log}, its garbage
   * collections to {@code <stem>-gc.log}, and with {@code profile} Java Flight Recorder records it
   * into {@code <stem>.jfr}, all in the launch's log folder.
   */
  static ServerProcess start(Launch launch, String host) throws IOException {
    Path logDir = launch.logDir();
    List<String> command = new ArrayList<>(launch.commandPrefix());
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launch.jvmOptions());
    command.add(JVM_LOG_TO_STDERR);
    command.add("-Xlog:gc:file=" + logDir.resolve(launch.fileStem() + "-gc.log").toAbsolutePath()
        + ":uptime,level,tags");
    if (launch.profile()) {
      command.add("-XX:StartFlightRecording=settings=profile,filename="
          + logDir.resolve(launch.fileStem() + ".jfr").toAbsolutePath());
    }
    command.add("-cp");
    command.add(launch.classpath());
    command.add(launch.mainClass());
    command.add(host);
    command.addAll(launch.arguments());
    Files.createDirectories(logDir);
    Process process = new ProcessBuilder(command)
        .redirectError(logDir.resolve(launch.fileStem() + ".log").toFile())
        .start();
    RUNNING.add(process);
    return new ServerProcess(launch.name(), process);
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
          Long.parseLong(words[3]), Long.parseLong(words[4]), Long.parseLong(words[5]),
          Long.parseLong(words[6]));
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

  /** Collections and the milliseconds spent in them since the server started. */
  long[] gcStats() {
    String[] words = command("gcstats").split(" ");
    return new long[] {Long.parseLong(words[1]), Long.parseLong(words[2])};
  }

  /** Has the server write its live-object class histogram to {@code file}. */
  void writeHistogram(Path file) {
    command("histogram " + file.toAbsolutePath());
  }

  /** The server's own account of how it batches and accepts. */
  String settings() {
    return command("settings").substring("settings ".length());
  }

  long sessions() {
    return Long.parseLong(command("sessions").substring("sessions ".length()));
  }

  /** User plus system CPU time the process has used, from {@code /proc/<pid>/stat}. */
  long cpuNanos() {
    return ProcFs.cpuNanos(process.pid());
  }

  long pid() {
    return process.pid();
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
      RUNNING.remove(process);
      waiter.shutdownNow();
    }
  }

  /**
   * What one publishing command sent: how many payloads, numbered {@code firstN..lastN}, how long
   * the server's push calls took, mean and longest, in microseconds, and when the first was due.
   */
  record Sent(long count, long firstN, long lastN, long callMicrosMean, long callMicrosMax,
      long firstDueNanos) {}
}
