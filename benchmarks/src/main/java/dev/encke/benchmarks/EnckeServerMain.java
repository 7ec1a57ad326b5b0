package dev.encke.benchmarks;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.benchmarks.kit.ControlLoop;
import dev.encke.benchmarks.kit.Payload;
import dev.encke.benchmarks.kit.PushTarget;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import dev.encke.redis.RedisBackplane;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * An Encke server as an application would run it, with its defaults but for the limits per client
 * address: the load generator is thousands of pages on a few loopback addresses, which the
 * defaults would rightly take for one client flooding. A broadcast is one {@code withAllSessions}
 * block calling {@code bench.tick(payload)} in every page, a targeted push one {@code withSession}
 * block.
 *
 * <p>Usage: {@code EnckeServerMain <host> [--default-limits] [--redis URI]}; prints {@code ready
 * <port>} and follows {@link ControlLoop}. With {@code --default-limits} every limit keeps its
 * default, as the flood measurement ({@link Flood}) needs; with {@code --redis} the server is a
 * node of the cluster on that Redis ({@link ClusterFanOut}).
 */
public final class EnckeServerMain implements PushTarget {

  private static final JsRef BENCH = JsRef.global("bench");

  private final Encke encke;
  private List<String> targets = List.of();

  EnckeServerMain(Encke encke) {
    this.encke = encke;
  }

  public static void main(String[] args) throws Exception {
    try (Encke encke = settings(args).start()) {
      ControlLoop.serve(encke.port(), new EnckeServerMain(encke));
    }
  }

  /**
   * The builder of {@code <host> [--default-limits] [--redis URI]}, as every host of the benchmark
   * uses it.
   */
  static Encke.Builder settings(String[] args) {
    String host = args.length > 0 ? args[0] : "127.0.0.1";
    Encke.Builder builder = Encke.builder().host(host).port(0);
    if (!List.of(args).contains("--default-limits")) {
      builder.maxSessions(100_000).maxSessionsPerAddress(100_000)
          .maxConnectionsPerAddress(100_000).maxHellosPerAddressPerSecond(100_000)
          .maxUpgradesPerAddressPerSecond(100_000);
    }
    int redis = List.of(args).indexOf("--redis");
    if (redis >= 0) {
      builder.backplane(RedisBackplane.builder(args[redis + 1]).build());
    }
    return builder;
  }

  @Override
  public int sessionCount() {
    return encke.sessions().size();
  }

  @Override
  public void broadcast(long n, long sentNanos) {
    encke.withAllSessions(() -> Js.call(BENCH, "tick", Payload.fields(n, sentNanos)));
  }

  @Override
  public void snapshotTargets() {
    targets = encke.sessions().stream().map(ScriptSession::id).collect(Collectors.toList());
  }

  @Override
  public void pushToRandom(Random random, long n, long sentNanos) {
    String target = targets.get(random.nextInt(targets.size()));
    encke.withSession(target, () -> Js.call(BENCH, "tick", Payload.fields(n, sentNanos)));
  }

  @Override
  public String settings() {
    return "WebSocket messagesPerFrame=" + Parity.enckeMessagesPerWrite() + " disconnectGrace="
        + Parity.enckeDisconnectGraceMillis() + " (the defaults)";
  }
}
