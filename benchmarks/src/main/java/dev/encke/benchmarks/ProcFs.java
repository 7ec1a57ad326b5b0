package dev.encke.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What Linux tells about this machine, for the report and for reading CPU times. */
final class ProcFs {

  private static long clockTicks;

  private ProcFs() {}

  /** The unit of the CPU times in {@code /proc/<pid>/stat}, from {@code getconf CLK_TCK}. */
  static synchronized long clockTicksPerSecond() {
    if (clockTicks == 0) {
      try {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
        String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        clockTicks = Long.parseLong(out.trim());
      } catch (IOException | NumberFormatException e) {
        clockTicks = 100;
      }
    }
    return clockTicks;
  }

  /** User plus system CPU time process {@code pid} has used, from {@code /proc/<pid>/stat}. */
  static long cpuNanos(long pid) {
    String stat = read("/proc/" + pid + "/stat");
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * TimeUnit.SECONDS.toNanos(1) / clockTicksPerSecond();
  }

  static String cpuModel() {
    for (String line : read("/proc/cpuinfo").split("\n")) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return "unknown";
  }

  static long memoryBytes() {
    for (String line : read("/proc/meminfo").split("\n")) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return 0;
  }

  static String kernel() {
    return read("/proc/sys/kernel/osrelease").trim();
  }

  /** The 1, 5 and 15 minute load averages. */
  static String loadAverage() {
    String[] fields = read("/proc/loadavg").split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }

  /** The 1 minute load average. */
  static double loadAverageOneMinute() {
    return Double.parseDouble(read("/proc/loadavg").split(" ")[0]);
  }

  /**
   * The listen backlog of the socket listening on {@code port}, as the kernel reports it ({@code ss},
   * whose Send-Q column is the backlog for a listening socket), or {@code ?} when it cannot tell.
   */
  static String listenBacklog(int port) {
    try {
      Process ss = new ProcessBuilder("ss", "-ltnH", "sport = :" + port).start();
      String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      ss.waitFor();
      String[] columns = out.split("\\s+");
      return columns.length > 2 ? columns[2] : "?";
    } catch (IOException e) {
      return "?";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }

  /**
   * A counter of the kernel's extended TCP statistics ({@code TcpExt} in {@code /proc/net/netstat}),
   * such as {@code ListenOverflows}: connections dropped because a listen queue was full.
   */
  static long tcpExt(String counter) {
    String[] lines = read("/proc/net/netstat").split("\n");
    for (int i = 0; i + 1 < lines.length; i += 2) {
      if (lines[i].startsWith("TcpExt:")) {
        String[] names = lines[i].split(" ");
        String[] values = lines[i + 1].split(" ");
        for (int j = 1; j < names.length; j++) {
          if (names[j].equals(counter)) {
            return Long.parseLong(values[j]);
          }
        }
      }
    }
    return -1;
  }

  static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
