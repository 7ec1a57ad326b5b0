package dev.encke.benchmarks;

import dev.encke.benchmarks.Workloads.Workload;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One system the benchmark measures: how to start its server, how its clients speak, and which
 * workloads it takes part in. {@link Systems} lists them; another host of Encke is one more entry.
 *
 * @param name how the report names it
 * @param description what it is, with versions and the settings that matter
 * @param classpath the server JVM's classpath
 * @param arguments given to the server's main class after the host
 * @param clientPath the WebSocket path its clients connect to
 * @param client makes one client of the fleet
 */
record ServerSpec(
    String name,
    String description,
    String classpath,
    String mainClass,
    List<String> arguments,
    String clientPath,
    Function<WsFleet, Subscriber> client,
    Set<Workload> workloads) {

  ServerSpec {
    arguments = List.copyOf(arguments);
    workloads = Set.copyOf(workloads);
  }

  boolean has(Workload workload) {
    return workloads.contains(workload);
  }
}
