package dev.encke.internal.session;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/**
 * A log for what clients cause (refusals over a limit, malformed arguments, a page that fell behind):
 * one line per key (such as a client address and what happened) per interval, never a stack
 * trace, and what it held back counted in the key's next line. A client that repeats itself
 * therefore costs a line a minute, not a line a message. At most {@value #MAX_KEYS} keys are
 * remembered; past that, new keys share one, so rotating addresses cannot grow the log or the
 * memory. Server bugs are not logged here: they are logged in full where they happen.
 * Thread-safe.
 */
public final class QuietLog {

  /** How long a key stays quiet after a line. */
  public static final Duration INTERVAL = Duration.ofSeconds(60);
  /** The longest message, in characters, a line carries; client text in it is cut before. */
  public static final int MAX_MESSAGE = 300;

  static final int MAX_KEYS = 4_096;
  private static final String OTHERS = "other clients";

  private final Logger log;
  private final Duration interval;
  private final long intervalNanos;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private volatile long sweptAt;

  public QuietLog(Logger log) {
    this(log, INTERVAL);
  }

  QuietLog(Logger log, Duration interval) {
    this.log = log;
    this.interval = interval;
    this.intervalNanos = interval.toNanos();
  }

  /** Logs {@code message} at WARN unless {@code key} had a line in the last interval. */
  public void warn(String key, String message) {
    String line = line(key, message);
    if (line != null) {
      log.warn(line);
    }
  }

  /** As {@link #warn}, at INFO. */
  public void info(String key, String message) {
    String line = line(key, message);
    if (line != null) {
      log.info(line);
    }
  }

  /** The line to log now, or {@code null} when {@code key} is quiet. */
  private String line(String key, String message) {
    long now = System.nanoTime();
    Entry entry = entries.get(key);
    if (entry == null) {
      if (entries.size() >= MAX_KEYS) {
        forgetQuietKeys(now);
      }
      String kept = entries.size() < MAX_KEYS ? key : OTHERS;
      entry = entries.computeIfAbsent(kept, k -> new Entry());
    }
    long heldBack;
    synchronized (entry) {
      if (entry.loggedAt != 0 && now - entry.loggedAt < intervalNanos) {
        entry.heldBack++;
        return null;
      }
      entry.loggedAt = now;
      heldBack = entry.heldBack;
      entry.heldBack = 0;
    }
    String text = message.length() <= MAX_MESSAGE ? message
        : message.substring(0, MAX_MESSAGE - 3) + "...";
    return text + (heldBack > 0 ? " (" + heldBack + " more like it since the last line)" : "")
        + "; quiet for " + interval.toSeconds() + " s";
  }

  /** Forgets the keys whose interval has passed with nothing held back; once a second at most. */
  private void forgetQuietKeys(long now) {
    if (now - sweptAt < 1_000_000_000L) {
      return;
    }
    sweptAt = now;
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      synchronized (entry) {
        if (entry.heldBack == 0 && now - entry.loggedAt >= intervalNanos) {
          it.remove();
        }
      }
    }
  }

  private static final class Entry {
    long loggedAt;
    long heldBack;
  }
}
