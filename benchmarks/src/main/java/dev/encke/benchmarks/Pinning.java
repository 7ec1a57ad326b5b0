package dev.encke.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which CPUs the load generator and the servers run on. With {@code taskset} and at least two CPUs
 * allowed, the generator (this process, every thread) takes the first half and each server the
 * second, so neither steals the other's cycles and the generator's share of its own CPUs shows when
 * it is the bottleneck. Otherwise nothing is pinned, and the report says why.
 */
final class Pinning {

  private static final Path TASKSET = Path.of("/usr/bin/taskset");

  private final List<Integer> generator;
  private final List<Integer> server;
  private final String unpinnedReason;

  private Pinning(List<Integer> generator, List<Integer> server, String unpinnedReason) {
    this.generator = generator;
    this.server = server;
    this.unpinnedReason = unpinnedReason;
  }

  /** Splits the CPUs this process may run on, or pins nothing when that cannot be done. */
  static Pinning detect() {
    List<Integer> allowed = allowedCpus();
    if (!Files.isExecutable(TASKSET)) {
      return new Pinning(allowed, allowed, "no " + TASKSET);
    }
    if (allowed.size() < 2) {
      return new Pinning(allowed, allowed, "only CPU " + allowed + " allowed");
    }
    int half = allowed.size() / 2;
    return new Pinning(allowed.subList(0, half), allowed.subList(half, allowed.size()), null);
  }

  boolean pinned() {
    return unpinnedReason == null;
  }

  /** Moves every thread of this process onto the generator's CPUs; threads it starts follow. */
  void pinThisProcess() {
    if (pinned()) {
      taskset(generator);
    }
  }

  /** Lets this process run anywhere again, for what runs after the measurements (JMH's forks). */
  void release() {
    if (pinned()) {
      List<Integer> all = new ArrayList<>(generator);
      all.addAll(server);
      taskset(all);
    }
  }

  /** What a server's command line starts with. */
  List<String> serverCommandPrefix() {
    return pinned() ? List.of(TASKSET.toString(), "-c", list(server)) : List.of();
  }

  /** How many CPUs the load generator has, to turn its CPU time into a share of them. */
  int generatorCpus() {
    return generator.size();
  }

  String describe() {
    return pinned()
        ? "servers on CPU " + list(server) + ", load generator on CPU " + list(generator)
            + " (`taskset`)"
        : "not pinned (" + unpinnedReason + "): servers and load generator share CPU "
            + list(generator);
  }

  private static void taskset(List<Integer> cpus) {
    long pid = ProcessHandle.current().pid();
    try {
      Process process = new ProcessBuilder(TASKSET.toString(), "-a", "-p", "-c", list(cpus),
          Long.toString(pid)).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException("taskset failed for CPUs " + list(cpus) + ": " + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + TASKSET, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pinning", e);
    }
  }

  private static String list(List<Integer> cpus) {
    return cpus.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** {@code Cpus_allowed_list} of {@code /proc/self/status}, such as {@code 0-1} or {@code 0,2-3}. */
  private static List<Integer> allowedCpus() {
    List<Integer> cpus = new ArrayList<>();
    for (String line : ProcFs.read("/proc/self/status").split("\n")) {
      if (line.startsWith("Cpus_allowed_list:")) {
        for (String range : line.substring(line.indexOf(':') + 1).trim().split(",")) {
          String[] ends = range.split("-");
          int first = Integer.parseInt(ends[0].trim());
          int last = Integer.parseInt(ends[ends.length - 1].trim());
          for (int cpu = first; cpu <= last; cpu++) {
            cpus.add(cpu);
          }
        }
      }
    }
    return cpus;
  }
}
