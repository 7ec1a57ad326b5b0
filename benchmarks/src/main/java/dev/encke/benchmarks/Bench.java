package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.SystemResults;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The load generator and conductor of a benchmark run: starts each server in its own process, one
 * after the other, drives it with this process's clients through every workload, and writes the
 * report. Everything runs on loopback and stops by itself.
 *
 * <pre>
 * Bench [--smoke] [--profile] --out BENCHMARKS.md --encke-classpath CP --cometd-classpath CP
 *       [--logs DIR]
 * </pre>
 *
 * <p>{@code --profile} records each server with Java Flight Recorder into {@code DIR/<name>.jfr}
 * and summarizes where its CPU went in {@code DIR/<name>-profile.txt}.
 */
public final class Bench {

  static final String HOST = "127.0.0.1";

  /** The name of the idle-only Jetty WebSocket floor in the results. */
  static final String JETTY_FLOOR = "Jetty WS floor";

  private final Options options;

  private Bench(Options options) {
    this.options = options;
  }

  /**
   * What to run and where to write.
   *
   * @param enckeClasspath the classpath of the Encke and baseline servers (Jetty 12.1)
   * @param cometdClasspath the classpath of the CometD peer (Jetty 12.0)
   */
  public record Options(boolean smoke, boolean profile, Path out, String enckeClasspath,
      String cometdClasspath, Path logDir) {}

  public static void main(String[] args) throws Exception {
    boolean smoke = false;
    boolean profile = false;
    Path out = Path.of("BENCHMARKS.md");
    String encke = System.getProperty("java.class.path");
    String cometd = null;
    Path logs = Path.of("benchmarks", "target", "bench-logs");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke": smoke = true; break;
        case "--profile": profile = true; break;
        case "--out": out = Path.of(args[++i]); break;
        case "--encke-classpath": encke = args[++i]; break;
        case "--cometd-classpath": cometd = args[++i]; break;
        case "--logs": logs = Path.of(args[++i]); break;
        default: throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    if (cometd == null) {
      throw new IllegalArgumentException("--cometd-classpath is required");
    }
    run(new Options(smoke, profile, out, encke, cometd, logs));
  }

  /** Runs every workload on every system and writes the report; returns what was measured. */
  public static List<SystemResults> run(Options options) throws Exception {
    return new Bench(options).runAll();
  }

  private List<SystemResults> runAll() throws Exception {
    Scale scale = options.smoke() ? Scale.SMOKE : Scale.FULL;
    Instant start = Instant.now();
    String loadBefore = ProcFs.loadAverage();
    List<String> addresses = scale.clientAddresses();
    List<SystemResults> all = new ArrayList<>();

    all.add(runSystem(scale, new SystemResults("Encke",
            "Encke " + Versions.encke() + ", WebSocket transport, Jetty " + Versions.jetty()),
        options.enckeClasspath(), EnckeServerMain.class.getName(), Workloads.Part.ALL,
        port -> new WsFleet(HOST, port, EnckeSubscriber.PATH, EnckeSubscriber::new, addresses)));
    all.add(runSystem(scale, new SystemResults("CometD",
            "CometD " + Versions.inClasspath(options.cometdClasspath(), "cometd-java-server-common")
                + ", WebSocket transport, Jetty "
                + Versions.inClasspath(options.cometdClasspath(), "jetty-server")),
        options.cometdClasspath(), "dev.encke.benchmarks.cometd.CometdServerMain",
        Workloads.Part.ALL,
        port -> new WsFleet(HOST, port, BayeuxSubscriber.PATH, BayeuxSubscriber::new, addresses)));
    all.add(runSystem(scale, new SystemResults("baseline",
            "raw NIO: one writer thread, blocking writes, newline-framed payloads"),
        options.enckeClasspath(), BaselineServerMain.class.getName(), Workloads.Part.NO_STORM,
        port -> new BaselineFleet(HOST, port, addresses)));
    all.add(runSystem(scale, new SystemResults(JETTY_FLOOR,
            "Jetty " + Versions.jetty() + " core WebSocket with a do-nothing handler (idle only)"),
        options.enckeClasspath(), JettyFloorServerMain.class.getName(), Workloads.Part.IDLE_ONLY,
        port -> new WsFleet(HOST, port, IdleSubscriber.PATH, IdleSubscriber::new, addresses)));

    List<Microbenchmarks.Score> micro =
        scale.jmh() ? Microbenchmarks.run() : List.of();
    Duration took = Duration.between(start, Instant.now());
    Report report = new Report(scale, all, micro, took, loadBefore, ProcFs.loadAverage());
    if (options.out().getParent() != null) {
      Files.createDirectories(options.out().getParent());
    }
    Files.writeString(options.out(), report.markdown());
    log("wrote " + options.out() + " in " + took.toSeconds() + " s");
    return all;
  }

  /** Makes the fleet of a server once it listens on {@code port}. */
  private interface FleetFactory {
    Fleet create(int port) throws Exception;
  }

  private SystemResults runSystem(Scale scale, SystemResults results, String classpath,
      String mainClass, Workloads.Part part, FleetFactory fleets) throws Exception {
    log(results.name + ": starting " + results.description);
    try (ServerProcess server =
            ServerProcess.start(results.name, classpath, mainClass, HOST, options.logDir(),
                options.profile());
        Fleet fleet = fleets.create(server.port())) {
      new Workloads(scale, server, fleet, results, this::log).run(part);
      if (fleet instanceof WsFleet) {
        results.errors += ((WsFleet) fleet).errors();
      }
    }
    if (options.profile()) {
      String stem = ServerProcess.fileStem(results.name);
      Path recording = options.logDir().resolve(stem + ".jfr");
      Path summary = options.logDir().resolve(stem + "-profile.txt");
      Files.writeString(summary, ProfileSummary.summarize(recording));
      log("profile of " + results.name + " in " + summary);
    }
    return results;
  }

  private void log(String line) {
    System.out.println("[bench] " + line);
  }

  /** Reads a classpath file written by the build's {@code dependency:build-classpath}. */
  static String classpathFrom(Path file, Path classes) throws IOException {
    return classes + File.pathSeparator + Files.readString(file).trim();
  }
}
