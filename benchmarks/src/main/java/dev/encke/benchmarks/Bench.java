package dev.encke.benchmarks;

import dev.encke.benchmarks.Results.SystemRun;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The load generator and conductor of a benchmark run: runs every system of {@link Systems} once
 * per round, the rounds one after the other (so the systems interleave), each server in its own
 * process, driven by this process's clients through its workloads, and writes the report. Everything
 * runs on loopback and stops by itself.
 *
 * <pre>
 * Bench [--smoke] [--profile] [--rounds N] [--only NAME,…] [--despite-load] --out BENCHMARKS.md
 *       --encke-classpath CP --cometd-classpath CP [--logs DIR]
 * </pre>
 *
 * <p>{@code --only} runs just the named systems (as the report names them), for a quicker look at
 * one of them; the comparisons with the others are then missing from the report. The cross-node
 * fan-out ({@link ClusterSection}) runs after the rounds of a full run, or when {@code --only}
 * names {@value ClusterSection#NAME}.
 *
 * <p>A full run waits up to three minutes for the 1-minute load average to fall to 1, then refuses
 * to start if it has not (other work would share the CPUs), unless {@code --despite-load} says to
 * run anyway and mark the report; a smoke run, which measures nothing, always runs and marks it. {@code --profile} records each server with Java
 * Flight Recorder into {@code DIR/<name>-r<round>.jfr} and summarizes where its CPU went beside it.
 */
public final class Bench {

  static final String HOST = "127.0.0.1";

  /** The highest 1-minute load average before a run whose figures count as results. */
  static final double QUIET_LOAD = 1.0;

  /**
   * How long a measuring run waits for the load average to fall to {@link #QUIET_LOAD} before it
   * refuses: the build that {@code scripts/bench} runs first raises it by itself, and the 1-minute
   * average takes about a minute to forget that.
   */
  private static final Duration QUIET_WAIT = Duration.ofMinutes(3);

  private final Options options;
  private final Scale scale;
  private final Pinning pinning = Pinning.detect();
  private final Map<String, Double> seeds = new HashMap<>();
  private final long startNanos = System.nanoTime();

  private Bench(Options options) {
    this.options = options;
    this.scale = options.scale();
  }

  /** Progress lines for the person watching {@code scripts/bench}. */
  interface Log {
    void line(String text);
  }

  /**
   * What to run and where to write.
   *
   * @param only the names of the systems to run, or empty for all
   * @param despiteLoad run a measuring scale on a loaded machine, marking the report
   * @param enckeClasspath the classpath of the Encke and bare Jetty servers (Jetty 12.1)
   * @param cometdClasspath the classpath of the CometD peer (Jetty 12.0)
   */
  record Options(Scale scale, List<String> only, boolean profile, boolean despiteLoad, Path out,
      String enckeClasspath, String cometdClasspath, Path logDir) {}

  public static void main(String[] args) throws Exception {
    boolean smoke = false;
    boolean profile = false;
    boolean despiteLoad = false;
    int rounds = 0;
    List<String> only = List.of();
    Path out = Path.of("BENCHMARKS.md");
    String encke = System.getProperty("java.class.path");
    String cometd = null;
    Path logs = Path.of("benchmarks", "target", "bench-logs");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke": smoke = true; break;
        case "--profile": profile = true; break;
        case "--despite-load": despiteLoad = true; break;
        case "--rounds": rounds = Integer.parseInt(args[++i]); break;
        case "--only": only = List.of(args[++i].split(",")); break;
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
    Scale scale = smoke ? Scale.SMOKE : Scale.FULL;
    try {
      run(new Options(rounds > 0 ? scale.withRounds(rounds) : scale, only, profile, despiteLoad,
          out, encke, cometd, logs));
    } catch (LoadTooHigh e) {
      System.err.println("scripts/bench: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Runs every round of every system and writes the report; returns what was measured. */
  static List<SystemRun> run(Options options) throws Exception {
    return new Bench(options).runAll();
  }

  /** A full run asked for on a machine too busy for its figures to mean anything. */
  static final class LoadTooHigh extends IllegalStateException {
    LoadTooHigh(double load) {
      super("the 1-minute load average is still " + load + ", above " + QUIET_LOAD
          + ": other work shares the CPUs, so the figures would not be results. Run again when the"
          + " machine is quiet, or pass --despite-load to run anyway with the report marked.");
    }
  }

  private List<SystemRun> runAll() throws Exception {
    double load = scale.measuring() && !options.despiteLoad() ? awaitQuiet()
        : ProcFs.loadAverageOneMinute();
    if (load > QUIET_LOAD && scale.measuring() && !options.despiteLoad()) {
      throw new LoadTooHigh(load);
    }
    Instant start = Instant.now();
    String loadBefore = ProcFs.loadAverage();
    List<ServerSpec> specs = selected(Systems.all(options.enckeClasspath(),
        options.cometdClasspath()));
    List<SystemRun> runs = new ArrayList<>();
    List<String> loadPerRound = new ArrayList<>();
    pinning.pinThisProcess();
    log(pinning.describe());
    try {
      for (int round = 1; round <= scale.rounds(); round++) {
        loadPerRound.add(ProcFs.loadAverage());
        for (ServerSpec spec : specs) {
          runs.add(runSystem(spec, round));
        }
      }
    } finally {
      pinning.release();
    }
    ClusterSection cluster = ClusterSection.wanted(scale, options.only())
        ? ClusterSection.run(scale, options.enckeClasspath(), options.logDir(), this::log)
        : null;
    List<Microbenchmarks.Score> micro = scale.jmh() && !specs.isEmpty() ? Microbenchmarks.run()
        : List.of();
    Duration took = Duration.between(start, Instant.now());
    Report.Context context = new Report.Context(scale, specs, LocalDate.now(), took, load,
        loadBefore, ProcFs.loadAverage(), loadPerRound, pinning.describe(), options.logDir(),
        cluster);
    if (options.out().getParent() != null) {
      Files.createDirectories(options.out().getParent());
    }
    Files.writeString(options.out(), new Report(context, new Figures(runs), micro).markdown());
    log("wrote " + options.out() + " in " + took.toSeconds() + " s");
    return runs;
  }

  /** The 1-minute load average once it is quiet, or when {@link #QUIET_WAIT} is over. */
  private double awaitQuiet() throws InterruptedException {
    long deadline = System.nanoTime() + QUIET_WAIT.toNanos();
    double load = ProcFs.loadAverageOneMinute();
    if (load > QUIET_LOAD) {
      log("waiting up to " + QUIET_WAIT.toMinutes() + " min for the load average (" + load
          + ") to fall to " + QUIET_LOAD);
    }
    while (load > QUIET_LOAD && System.nanoTime() < deadline) {
      Thread.sleep(5_000);
      load = ProcFs.loadAverageOneMinute();
    }
    return load;
  }

  private List<ServerSpec> selected(List<ServerSpec> all) {
    if (options.only().isEmpty()) {
      return all;
    }
    List<ServerSpec> chosen = new ArrayList<>();
    for (String name : options.only().stream()
        .filter(name -> !name.equals(ClusterSection.NAME)).toList()) {
      chosen.add(all.stream().filter(spec -> spec.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no system named \"" + name + "\"; the"
              + " systems are " + all.stream().map(ServerSpec::name).toList())));
    }
    return chosen;
  }

  private SystemRun runSystem(ServerSpec spec, int round) throws Exception {
    log(spec.name() + ", round " + round + " of " + scale.rounds() + ": " + spec.description());
    SystemRun run = new SystemRun(spec.name(), round);
    String stem = fileStem(spec.name()) + "-r" + round;
    ServerProcess.Launch launch = new ServerProcess.Launch(spec.name(), spec.classpath(),
        spec.mainClass(), spec.arguments(), scale.serverJvm(), pinning.serverCommandPrefix(),
        options.logDir(), stem, options.profile());
    try (ServerProcess server = ServerProcess.start(launch, HOST);
        WsFleet fleet = new WsFleet(HOST, server.port(), spec.clientPath(), spec.client(),
            scale.clientAddresses())) {
      new Workloads(scale, spec, server, fleet, run, seeds, options.logDir().resolve(stem),
          pinning.generatorCpus(), this::log).run();
    }
    if (options.profile()) {
      Path summary = options.logDir().resolve(stem + "-profile.txt");
      Files.writeString(summary, ProfileSummary.summarize(options.logDir().resolve(stem + ".jfr")));
      log("profile of " + spec.name() + " in " + summary);
    }
    return run;
  }

  /** A system's name as the start of its files' names. */
  static String fileStem(String name) {
    return name.replaceAll("[^A-Za-z0-9]+", "-");
  }

  /** Prints a progress line with the time since the run started. */
  private void log(String line) {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    System.out.printf("[bench %3d:%02d] %s%n", seconds / 60, seconds % 60, line);
  }

  /** Reads a classpath file written by the build's {@code dependency:build-classpath}. */
  static String classpathFrom(Path file, Path classes) throws IOException {
    return classes + File.pathSeparator + Files.readString(file).trim();
  }
}
