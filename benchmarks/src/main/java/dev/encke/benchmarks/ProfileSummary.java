package dev.encke.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a server's Java Flight Recorder file and writes where its threads ran: the share of CPU
 * samples per thread pool, per method on top of the stack (self) and per method anywhere on it
 * (inclusive). Enough to find a hot spot without a profiler's user interface.
 *
 * <p>Usage: {@code ProfileSummary <recording.jfr> [<out.txt>]}.
 */
public final class ProfileSummary {

  private static final int TOP = 30;

  private final Map<String, Integer> threads = new HashMap<>();
  private final Map<String, Integer> self = new HashMap<>();
  private final Map<String, Integer> inclusive = new HashMap<>();
  private int samples;

  private ProfileSummary() {}

  public static void main(String[] args) throws IOException {
    Path recording = Path.of(args[0]);
    String text = summarize(recording);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), text);
    } else {
      System.out.print(text);
    }
  }

  /** The summary of {@code recording} as text. */
  static String summarize(Path recording) throws IOException {
    ProfileSummary summary = new ProfileSummary();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
        summary.add(event);
      }
    }
    return summary.text(recording);
  }

  private void add(RecordedEvent event) {
    samples++;
    RecordedThread thread = event.getThread("sampledThread");
    String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
    threads.merge(name.replaceAll("[-#@]?[0-9]+$", ""), 1, Integer::sum);
    RecordedStackTrace stack = event.getStackTrace();
    if (stack == null || stack.getFrames().isEmpty()) {
      return;
    }
    List<RecordedFrame> frames = stack.getFrames();
    self.merge(method(frames.get(0)), 1, Integer::sum);
    Set<String> seen = new HashSet<>();
    for (RecordedFrame frame : frames) {
      if (seen.add(method(frame))) {
        inclusive.merge(method(frame), 1, Integer::sum);
      }
    }
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private String text(Path recording) {
    return "CPU samples of " + recording.getFileName() + ": " + samples + "\n\n"
        + table("threads", threads) + "\n" + table("self", self) + "\n"
        + table("inclusive", inclusive);
  }

  private String table(String title, Map<String, Integer> counts) {
    return "-- " + title + "\n" + counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(TOP)
        .map(entry -> String.format(Locale.ROOT, "%5.1f%%  %s",
            entry.getValue() * 100.0 / Math.max(1, samples), entry.getKey()))
        .collect(Collectors.joining("\n")) + "\n";
  }
}
