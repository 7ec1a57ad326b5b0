package dev.encke.internal.session;

import dev.encke.OverflowPolicy;
import dev.encke.ScriptSessionListener;
import dev.encke.Transport;
import dev.encke.internal.protocol.AckPolicy;
import dev.encke.spi.Backplane;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * How the sessions of one server behave. Immutable; build one with {@link #builder()}, whose setters
 * check each value as it is given and quote a bad one. The defaults are the ones documented on
 * {@code Encke.Builder}.
 */
public final class SessionSettings {

  /** Under half of the 30-second idle timeout of Jetty and the servlet containers. */
  static final Duration MAX_HEARTBEAT = Duration.ofSeconds(15);

  private final Duration replyTimeout;
  private final Duration heartbeat;
  private final Duration disconnectGrace;
  private final int maxOutboundMessages;
  private final long maxOutboundBytes;
  private final OverflowPolicy overflowPolicy;
  private final List<Transport> transports;
  private final int maxUplinkBytes;
  private final int maxMessagesPerSecond;
  private final int maxSessionsPerBrowser;
  private final int maxUplinkBytesPerSecond;
  private final int maxSessions;
  private final int maxSessionsPerAddress;
  private final int listenerThreads;
  private final int maxQueuedEventsPerPage;
  private final boolean rawScriptAllowed;
  private final List<ScriptSessionListener> listeners;
  private final Backplane backplane;

  private SessionSettings(Builder builder) {
    replyTimeout = builder.replyTimeout;
    heartbeat = builder.heartbeat;
    disconnectGrace = builder.disconnectGrace;
    maxOutboundMessages = builder.maxOutboundMessages;
    maxOutboundBytes = builder.maxOutboundBytes;
    overflowPolicy = builder.overflowPolicy;
    transports = List.copyOf(builder.transports);
    maxUplinkBytes = builder.maxUplinkBytes;
    maxMessagesPerSecond = builder.maxMessagesPerSecond;
    maxSessionsPerBrowser = builder.maxSessionsPerBrowser;
    maxUplinkBytesPerSecond = builder.maxUplinkBytesPerSecond;
    maxSessions = builder.maxSessions;
    maxSessionsPerAddress = builder.maxSessionsPerAddress;
    listenerThreads = builder.listenerThreads;
    maxQueuedEventsPerPage = builder.maxQueuedEventsPerPage;
    rawScriptAllowed = builder.rawScriptAllowed;
    listeners = List.copyOf(builder.listeners);
    backplane = builder.backplane;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static SessionSettings defaults() {
    return builder().build();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  public Duration replyTimeout() {
    return replyTimeout;
  }

  public Duration heartbeat() {
    return heartbeat;
  }

  public Duration disconnectGrace() {
    return disconnectGrace;
  }

  public int maxOutboundMessages() {
    return maxOutboundMessages;
  }

  public long maxOutboundBytes() {
    return maxOutboundBytes;
  }

  /** When pages acknowledge, from the bounds of their logs. */
  public AckPolicy ackPolicy() {
    return AckPolicy.forLog(maxOutboundMessages, maxOutboundBytes);
  }

  public OverflowPolicy overflowPolicy() {
    return overflowPolicy;
  }

  /** The transports pages may use, in the order they try them. */
  public List<Transport> transports() {
    return transports;
  }

  public int maxUplinkBytes() {
    return maxUplinkBytes;
  }

  public int maxMessagesPerSecond() {
    return maxMessagesPerSecond;
  }

  public int maxSessionsPerBrowser() {
    return maxSessionsPerBrowser;
  }

  /** Up-link bytes one page may send a second; bursts of twice that, or of one largest message. */
  public int maxUplinkBytesPerSecond() {
    return maxUplinkBytesPerSecond;
  }

  /** Sessions the server holds at once, every page and client together. */
  public int maxSessions() {
    return maxSessions;
  }

  /** Sessions one client address (an IPv6 /64) may hold at once. */
  public int maxSessionsPerAddress() {
    return maxSessionsPerAddress;
  }

  /** Threads of the pool that runs listeners, callbacks and reply completions. */
  public int listenerThreads() {
    return listenerThreads;
  }

  /** Events of one page that may wait for its callbacks; more are refused. */
  public int maxQueuedEventsPerPage() {
    return maxQueuedEventsPerPage;
  }

  public boolean rawScriptAllowed() {
    return rawScriptAllowed;
  }

  public List<ScriptSessionListener> listeners() {
    return listeners;
  }

  /** What carries pushes to the other nodes; {@link Backplane#inProcess()} unless set. */
  public Backplane backplane() {
    return backplane;
  }

  /** Collects settings; not thread-safe. */
  public static final class Builder {
    private Duration replyTimeout = Duration.ofSeconds(10);
    private Duration heartbeat = Duration.ofSeconds(10);
    private Duration disconnectGrace = Duration.ofSeconds(60);
    private int maxOutboundMessages = 1_000;
    private long maxOutboundBytes = 4L * 1024 * 1024;
    private OverflowPolicy overflowPolicy = OverflowPolicy.RELOAD_PAGE;
    private List<Transport> transports = List.of(Transport.values());
    private int maxUplinkBytes = 64 * 1024;
    private int maxMessagesPerSecond = 100;
    private int maxSessionsPerBrowser = 32;
    private int maxUplinkBytesPerSecond = 256 * 1024;
    private int maxSessions = 10_000;
    private int maxSessionsPerAddress = 256;
    private int listenerThreads = 16;
    private int maxQueuedEventsPerPage = 64;
    private boolean rawScriptAllowed;
    private final List<ScriptSessionListener> listeners = new ArrayList<>();
    private Backplane backplane = Backplane.inProcess();

    private Builder() {}

    private Builder(SessionSettings settings) {
      replyTimeout = settings.replyTimeout;
      heartbeat = settings.heartbeat;
      disconnectGrace = settings.disconnectGrace;
      maxOutboundMessages = settings.maxOutboundMessages;
      maxOutboundBytes = settings.maxOutboundBytes;
      overflowPolicy = settings.overflowPolicy;
      transports = settings.transports;
      maxUplinkBytes = settings.maxUplinkBytes;
      maxMessagesPerSecond = settings.maxMessagesPerSecond;
      maxSessionsPerBrowser = settings.maxSessionsPerBrowser;
      maxUplinkBytesPerSecond = settings.maxUplinkBytesPerSecond;
      maxSessions = settings.maxSessions;
      maxSessionsPerAddress = settings.maxSessionsPerAddress;
      listenerThreads = settings.listenerThreads;
      maxQueuedEventsPerPage = settings.maxQueuedEventsPerPage;
      rawScriptAllowed = settings.rawScriptAllowed;
      listeners.addAll(settings.listeners);
      backplane = settings.backplane;
    }

    public Builder replyTimeout(Duration timeout) {
      replyTimeout = positive("replyTimeout", timeout);
      return this;
    }

    /** At least 50 ms and at most 15 s. */
    public Builder heartbeat(Duration interval) {
      positive("heartbeat", interval);
      if (interval.compareTo(MAX_HEARTBEAT) > 0 || interval.toMillis() < 50) {
        throw new IllegalArgumentException("heartbeat must be between 50 ms and " + MAX_HEARTBEAT
            + ", under half of the hosts' 30 s idle timeout: " + interval);
      }
      heartbeat = interval;
      return this;
    }

    public Builder disconnectGrace(Duration grace) {
      disconnectGrace = positive("disconnectGrace", grace);
      return this;
    }

    public Builder outboundLimit(int messages, long bytes) {
      if (messages < 1 || bytes < 1024) {
        throw new IllegalArgumentException("outboundLimit needs at least 1 message and 1024 bytes: "
            + messages + " messages, " + bytes + " bytes");
      }
      maxOutboundMessages = messages;
      maxOutboundBytes = bytes;
      return this;
    }

    public Builder overflowPolicy(OverflowPolicy policy) {
      overflowPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /** The transports in the order pages try them; duplicates count once. */
    public Builder transports(List<Transport> chosen) {
      Objects.requireNonNull(chosen, "transports == null");
      LinkedHashSet<Transport> distinct = new LinkedHashSet<>(chosen);
      if (distinct.isEmpty()) {
        throw new IllegalArgumentException("transports must name at least one transport");
      }
      transports = List.copyOf(distinct);
      return this;
    }

    public Builder maxUplinkBytes(int bytes) {
      maxUplinkBytes = atLeast("maxUplinkBytes", bytes, 1024);
      return this;
    }

    public Builder maxMessagesPerSecond(int messages) {
      maxMessagesPerSecond = atLeast("maxMessagesPerSecond", messages, 1);
      return this;
    }

    public Builder maxSessionsPerBrowser(int sessions) {
      maxSessionsPerBrowser = atLeast("maxSessionsPerBrowser", sessions, 1);
      return this;
    }

    public Builder maxUplinkBytesPerSecond(int bytes) {
      maxUplinkBytesPerSecond = atLeast("maxUplinkBytesPerSecond", bytes, 1024);
      return this;
    }

    public Builder maxSessions(int sessions) {
      maxSessions = atLeast("maxSessions", sessions, 1);
      return this;
    }

    public Builder maxSessionsPerAddress(int sessions) {
      maxSessionsPerAddress = atLeast("maxSessionsPerAddress", sessions, 1);
      return this;
    }

    public Builder listenerThreads(int threads) {
      listenerThreads = atLeast("listenerThreads", threads, 1);
      return this;
    }

    public Builder maxQueuedEventsPerPage(int events) {
      maxQueuedEventsPerPage = atLeast("maxQueuedEventsPerPage", events, 1);
      return this;
    }

    public Builder rawScriptAllowed(boolean allowed) {
      rawScriptAllowed = allowed;
      return this;
    }

    public Builder addListener(ScriptSessionListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    public Builder backplane(Backplane chosen) {
      backplane = Objects.requireNonNull(chosen, "backplane == null");
      return this;
    }

    public SessionSettings build() {
      return new SessionSettings(this);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }

    private static int atLeast(String name, int value, int minimum) {
      if (value < minimum) {
        throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
      }
      return value;
    }
  }
}
