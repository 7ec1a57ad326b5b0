package dev.encke.redis;

import dev.encke.DataFilter;
import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.Target;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One Encke node of the cluster tests, in a process of its own: the embedded server on a free
 * port, on the Redis backplane, serving {@code cluster-web}. The test drives it with one command a
 * line on standard input and reads the answers, one a line, on standard output:
 *
 * <pre>
 * push all|page PATH|filtered NAME VALUE|session ID|user NAME  LABEL
 *                         pushes cluster.apply(LABEL) to those pages
 * flood COUNT PREFIX MS  pushes cluster.apply(PREFIX-i) to every page, i = 0..COUNT-1, pausing
 *                        MS milliseconds after every 100, so that the flow lasts
 * attr ID NAME VALUE      sets an attribute of a session of this node
 * sessions                answers SESSIONS and the ids of this node's sessions
 * metrics                 answers METRICS and what the node's metrics say of its backplane
 * ask ID TAG              asks the page for cluster.value(); answers VALUE TAG … or FAILED TAG …
 * listen ID TAG           gives the page a click handler; a click prints CLICKED TAG NODE …
 * </pre>
 *
 * A page's user is the one its {@link LoginCookie} names. Arguments: the Redis URI, the node's
 * name, the cookie secret in hex (which also signs the login cookies), the number of page hosts.
 */
public final class ClusterNodeMain {

  private static final JsRef CLUSTER = JsRef.global("cluster");

  private ClusterNodeMain() {}

  public static void main(String[] args) throws Exception {
    String name = args[1];
    String[] hosts = IntStream.range(0, Integer.parseInt(args[3]))
        .mapToObj(i -> "p" + i + ".localhost").toArray(String[]::new);
    Encke encke = Encke.builder().port(0).staticResources("cluster-web")
        .heartbeat(Duration.ofSeconds(1)).disconnectGrace(Duration.ofSeconds(20))
        .outboundLimit(20_000, 16L * 1024 * 1024)
        .allowedHosts(hosts).browserCookieSecret(HexFormat.of().parseHex(args[2]))
        .userResolver(new LoginCookie(HexFormat.of().parseHex(args[2]))::userOf)
        .backplane(RedisBackplane.builder(args[0]).sessionTtl(Duration.ofSeconds(6)).build())
        .start();
    System.out.println("PORT " + encke.port());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      try {
        run(encke, name, line.trim().split(" "));
      } catch (RuntimeException e) {
        System.out.println("ERROR " + line + ": " + e);
      }
    }
    encke.close();
  }

  private static void run(Encke encke, String node, String[] words) {
    switch (words[0]) {
      case "push" -> {
        String label = words[words.length - 1];
        target(encke, words).run(() -> Js.call(CLUSTER, "apply", label));
        System.out.println("PUSHED " + label);
      }
      case "flood" -> flood(encke, Integer.parseInt(words[1]), words[2],
          Integer.parseInt(words[3]));
      case "attr" -> {
        session(encke, words[1]).setAttribute(words[2], words[3]);
        System.out.println("OK attr " + words[1]);
      }
      case "metrics" -> System.out.println("METRICS " + encke.metrics().backplane());
      case "sessions" -> System.out.println("SESSIONS " + encke.sessions().stream()
          .map(ScriptSession::id).collect(Collectors.joining(" ")));
      case "ask" -> encke.session(words[1]).push(batch -> batch
          .callForValue(String.class, CLUSTER, "value")
          .whenComplete((value, failure) -> System.out.println(failure == null
              ? "VALUE " + words[2] + " " + value + " on " + node + " "
                  + Thread.currentThread().getName()
              : "FAILED " + words[2] + " " + failure)));
      case "listen" -> {
        encke.session(words[1]).run(() -> Js.call(CLUSTER, "listen", Js.function(arguments -> {
          System.out.println("CLICKED " + words[2] + " " + node + " "
              + arguments.get(0, String.class) + " " + Thread.currentThread().getName());
          Js.call(CLUSTER, "apply", "answer-" + words[2]);
        })));
        System.out.println("LISTENING " + words[2]);
      }
      default -> System.out.println("ERROR unknown command " + String.join(" ", words));
    }
  }

  private static void flood(Encke encke, int count, String prefix, int pauseMillis) {
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String label = prefix + "-" + i;
      encke.allSessions().run(() -> Js.call(CLUSTER, "apply", label));
      if (i % 100 == 99) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pauseMillis));
      }
    }
    System.out.println("FLOODED " + prefix + " in "
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
  }

  private static Target target(Encke encke, String[] words) {
    return switch (words[1]) {
      case "all" -> encke.allSessions();
      case "page" -> encke.page(words[2]);
      case "filtered" -> encke.allSessions()
          .filtered(DataFilter.attributeEquals(words[2], words[3]));
      case "session" -> encke.session(words[2]);
      case "user" -> encke.user(words[2]);
      default -> throw new IllegalArgumentException("no target " + List.of(words));
    };
  }

  private static ScriptSession session(Encke encke, String id) {
    return encke.sessions().stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no session " + id + " here"));
  }
}
