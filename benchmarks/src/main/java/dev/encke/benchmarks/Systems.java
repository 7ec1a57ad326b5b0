package dev.encke.benchmarks;

import dev.encke.benchmarks.Workloads.Workload;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The systems a run measures, in the order each round runs them. The report compares them by these
 * names; any further entry (another host of Encke, say) gets its rows in every table it takes part
 * in.
 */
final class Systems {

  static final String ENCKE = "Encke";
  /**
   * CometD on Encke's terms: as many messages per write, sessions kept as long after their
   * connection drops, the same listen backlog.
   */
  static final String COMETD = "CometD";
  /** The same, with the acknowledgement extension that lets CometD resend after a reconnect. */
  static final String COMETD_ACKS = "CometD + acks";
  /** Jetty's WebSocket with nothing above it: the memory floor and the throughput ceiling. */
  static final String CEILING = "bare Jetty";
  /** Encke on the servlet host in Tomcat: what a host costs against the embedded Jetty. */
  static final String ENCKE_TOMCAT = "Encke on Tomcat";

  private Systems() {}

  static List<ServerSpec> all(String enckeClasspath, String cometdClasspath) {
    int perWrite = Parity.enckeMessagesPerWrite();
    long grace = Parity.enckeDisconnectGraceMillis();
    String cometd = "CometD " + Versions.inClasspath(cometdClasspath, "cometd-java-server-common")
        + ", WebSocket transport, Jetty " + Versions.inClasspath(cometdClasspath, "jetty-server")
        + "; `ws.messagesPerFrame` " + perWrite + ", `maxInterval` " + grace + " ms, accept queue "
        + Parity.ACCEPT_QUEUE;
    List<String> onPar = List.of("messagesPerFrame=" + perWrite, "maxInterval=" + grace,
        "acceptQueue=" + Parity.ACCEPT_QUEUE);
    return List.of(
        new ServerSpec(ENCKE,
            "Encke " + Versions.encke() + ", WebSocket transport, Jetty " + Versions.jetty()
                + "; up to " + perWrite + " messages per WebSocket frame, disconnect grace " + grace
                + " ms, accept queue " + Parity.ACCEPT_QUEUE + ", clients acknowledge",
            enckeClasspath, EnckeServerMain.class.getName(), List.of(), EnckeSubscriber.PATH,
            EnckeSubscriber::new, EnumSet.allOf(Workload.class)),
        new ServerSpec(ENCKE_TOMCAT,
            "Encke " + Versions.encke() + " on `encke-servlet` in Tomcat "
                + Versions.inClasspath(enckeClasspath, "tomcat-embed-core")
                + " (Servlet async I/O, `jakarta.websocket`), WebSocket transport, the same"
                + " settings as Encke's row, accept queue " + Parity.ACCEPT_QUEUE,
            enckeClasspath, TomcatEnckeServerMain.class.getName(), List.of(),
            EnckeSubscriber.PATH, EnckeSubscriber::new,
            EnumSet.of(Workload.FAN_OUT_SMALL, Workload.SWEEP, Workload.FAN_OUT_LARGE,
                Workload.TARGETED)),
        new ServerSpec(COMETD, cometd + ", no acknowledgements", cometdClasspath,
            "dev.encke.benchmarks.cometd.CometdServerMain", onPar, BayeuxSubscriber.PATH,
            fleet -> new BayeuxSubscriber(fleet, false), EnumSet.allOf(Workload.class)),
        new ServerSpec(COMETD_ACKS, cometd + ", `AcknowledgedMessagesExtension` (clients ask for"
                + " acknowledgements)", cometdClasspath,
            "dev.encke.benchmarks.cometd.CometdServerMain",
            concat(onPar, "acks=true"), BayeuxSubscriber.PATH,
            fleet -> new BayeuxSubscriber(fleet, true), EnumSet.of(Workload.STORM)),
        new ServerSpec(CEILING,
            "Jetty " + Versions.jetty() + " core WebSocket, no framework: each payload one"
                + " batch-mode frame to every connection, flushes queued on Jetty's thread pool "
                + BareJettyServerMain.FLUSH_GROUP + " connections to a task, accept queue "
                + Parity.ACCEPT_QUEUE,
            enckeClasspath, BareJettyServerMain.class.getName(), List.of(), FloorSubscriber.PATH,
            FloorSubscriber::new, EnumSet.of(Workload.IDLE, Workload.FAN_OUT_SMALL,
                Workload.SWEEP)));
  }

  private static List<String> concat(List<String> list, String last) {
    List<String> all = new ArrayList<>(list);
    all.add(last);
    return all;
  }
}
