package dev.encke.testing;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.logging.JettyLogger;
import org.eclipse.jetty.logging.StdErrAppender;
import org.slf4j.LoggerFactory;

/**
 * What the tests' logging backend (jetty-slf4j-impl) writes, counted as it is written: the
 * backend's own {@link StdErrAppender}, which every logger shares, is pointed at a stream that
 * passes each byte on to the original stream and counts it, keeping the last lines. So the count
 * is of log lines exactly as formatted, stack traces included. {@link #close()} restores the
 * stream. One capture at a time; thread-safe.
 */
public final class LogCapture implements AutoCloseable {

  private static final int LINES_KEPT = 200;

  private final StdErrAppender appender;
  /** The appender's own stream; {@code null} when it writes to whatever System.err is. */
  private final PrintStream original;
  private final PrintStream passOn;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong lineCount = new AtomicLong();
  private final Deque<String> lines = new ArrayDeque<>();
  private final StringBuilder line = new StringBuilder();

  private LogCapture(StdErrAppender appender) {
    this.appender = appender;
    this.original = appender.getStream();
    this.passOn = original != null ? original : System.err;
    appender.setStream(new PrintStream(new Counting(), true, StandardCharsets.UTF_8));
  }

  /** Starts counting what every logger of the backend writes. */
  public static LogCapture start() {
    Object logger = LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (!(logger instanceof JettyLogger jetty) || !(jetty.getAppender() instanceof StdErrAppender)) {
      throw new IllegalStateException("the tests' logging backend is not jetty-slf4j-impl with its"
          + " StdErrAppender but " + logger.getClass().getName());
    }
    return new LogCapture((StdErrAppender) jetty.getAppender());
  }

  /** Bytes written since the capture started. */
  public long bytes() {
    return bytes.get();
  }

  /** Lines written since the capture started. */
  public long lineCount() {
    return lineCount.get();
  }

  /** The last lines written, oldest first. */
  public List<String> lines() {
    synchronized (lines) {
      return new ArrayList<>(lines);
    }
  }

  @Override
  public void close() {
    appender.setStream(original);
  }

  private final class Counting extends OutputStream {
    @Override
    public void write(int b) {
      passOn.write(b);
      bytes.incrementAndGet();
      collect(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      passOn.write(b, off, len);
      bytes.addAndGet(len);
      collect(b, off, len);
    }

    @Override
    public void flush() {
      passOn.flush();
    }

    private void collect(byte[] b, int off, int len) {
      synchronized (lines) {
        line.append(new String(b, off, len, StandardCharsets.UTF_8));
        int newline;
        while ((newline = line.indexOf("\n")) >= 0) {
          lines.addLast(line.substring(0, newline));
          lineCount.incrementAndGet();
          line.delete(0, newline + 1);
          if (lines.size() > LINES_KEPT) {
            lines.removeFirst();
          }
        }
        if (line.length() > 100_000) {
          line.setLength(0);
        }
      }
    }
  }
}
