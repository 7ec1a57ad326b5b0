package dev.encke.redis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one page made of a flood {@code PREFIX-0 … PREFIX-(n-1)}: how many pushes it never got
 * without being told to reload (lost), got twice, got after a later one (reordered), and how many
 * it skipped while it reloaded. A reload shows as {@code #load} among the labels. Immutable.
 */
record FloodCounts(int lost, int duplicated, int reordered, int skippedByReload, int reloads) {

  static FloodCounts of(List<String> labels, String prefix, int count) {
    int duplicated = 0;
    int reordered = 0;
    int reloads = 0;
    Set<Integer> seen = new HashSet<>();
    Set<Integer> lost = new HashSet<>();
    Set<Integer> skipped = new HashSet<>();
    int last = -1;
    boolean reloadedSinceLast = false;
    for (String label : labels) {
      if (label.equals("#load")) {
        reloads++;
        reloadedSinceLast = true;
      } else if (label.startsWith(prefix + "-")) {
        int number = Integer.parseInt(label.substring(prefix.length() + 1));
        if (!seen.add(number)) {
          duplicated++;
        } else if (number < last) {
          reordered++;
          lost.remove(number);
          skipped.remove(number);
        } else {
          missing(last + 1, number, reloadedSinceLast ? skipped : lost);
          last = number;
          reloadedSinceLast = false;
        }
      }
    }
    missing(last + 1, count, reloadedSinceLast ? skipped : lost);
    return new FloodCounts(lost.size(), duplicated, reordered, skipped.size(), reloads);
  }

  private static void missing(int from, int to, Set<Integer> into) {
    for (int number = from; number < to; number++) {
      into.add(number);
    }
  }

  FloodCounts plus(FloodCounts other) {
    return new FloodCounts(lost + other.lost, duplicated + other.duplicated,
        reordered + other.reordered, skippedByReload + other.skippedByReload,
        reloads + other.reloads);
  }

  @Override
  public String toString() {
    return "lost " + lost + ", duplicated " + duplicated + ", reordered " + reordered
        + ", reloaded " + reloads + " (" + skippedByReload + " pushes skipped while reloading)";
  }
}
