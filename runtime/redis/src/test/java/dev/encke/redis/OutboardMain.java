package dev.encke.redis;

import dev.encke.Browser;
import dev.encke.Publisher;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * An outboard publisher of the cluster tests, in a process whose class path holds the core and the
 * Redis backplane but no Jetty: it says so first ({@code NO-JETTY}), then takes commands on
 * standard input:
 *
 * <pre>
 * browser LABEL        Browser.withAllSessions: cluster.apply(LABEL) on every page
 * page PATH LABEL      the views of PATH
 * session ID LABEL     one page, wherever it is
 * user NAME LABEL     Browser.withUser: every page of that user, on any node
 * ask ID TAG           a value from that page: VALUE TAG … or FAILED TAG …
 * </pre>
 *
 * Argument: the Redis URI.
 */
public final class OutboardMain {

  private static final JsRef CLUSTER = JsRef.global("cluster");

  private OutboardMain() {}

  public static void main(String[] args) throws Exception {
    try {
      Class.forName("org.eclipse.jetty.server.Server");
      System.out.println("JETTY on the class path");
    } catch (ClassNotFoundException expected) {
      System.out.println("NO-JETTY");
    }
    try (Publisher publisher = Publisher.open(RedisBackplane.builder(args[0]).build())) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
          StandardCharsets.UTF_8));
      for (String line; (line = in.readLine()) != null; ) {
        String[] words = line.trim().split(" ");
        String label = words[words.length - 1];
        switch (words[0]) {
          case "browser" -> Browser.withAllSessions(() -> Js.call(CLUSTER, "apply", label));
          case "page" -> publisher.page(words[1]).run(() -> Js.call(CLUSTER, "apply", label));
          case "user" -> Browser.withUser(words[1], () -> Js.call(CLUSTER, "apply", label));
          case "session" ->
              publisher.session(words[1]).run(() -> Js.call(CLUSTER, "apply", label));
          case "ask" -> publisher.session(words[1]).push(batch -> batch
              .callForValue(String.class, CLUSTER, "value")
              .whenComplete((value, failure) -> System.out.println(failure == null
                  ? "VALUE " + label + " " + value : "FAILED " + label + " " + failure)));
          default -> System.out.println("ERROR unknown command " + line);
        }
        System.out.println("DONE " + label);
      }
    }
  }
}
