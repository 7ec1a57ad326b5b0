package dev.encke.benchmarks;

import java.util.Locale;

/** How the report writes numbers. */
final class Format {

  private Format() {}

  /** {@code 9000} as {@code 9k}; other counts as they are. */
  static String count(int n) {
    return n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : Integer.toString(n);
  }

  static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  static String fixed(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
  }

  static String millis(double micros) {
    return String.format(Locale.ROOT, "%.2f ms", micros / 1000.0);
  }

  static String micros(double micros) {
    return String.format(Locale.ROOT, "%.2f µs", micros);
  }

  static String wholeMillis(double millis) {
    return String.format(Locale.ROOT, "%.0f ms", millis);
  }

  static String whole(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  /** {@code 300 ms}, or {@code 20 s} from a second up. */
  static String duration(long millis) {
    return millis < 1000 || millis % 1000 != 0 ? millis + " ms" : millis / 1000 + " s";
  }

  static String bytes(double bytes) {
    if (Math.abs(bytes) >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
    if (Math.abs(bytes) >= 1024) {
      return String.format(Locale.ROOT, "%.2f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }
}
