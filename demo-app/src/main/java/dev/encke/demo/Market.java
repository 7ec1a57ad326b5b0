package dev.encke.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo's share prices: a random walk per symbol. A move of more than {@link #BIG_MOVE} in one
 * tick counts as big, which the share page shows with a shake. Thread-safe.
 */
final class Market {

  /** The symbols on offer and their companies, in display order. */
  static final Map<String, String> COMPANIES = companies();
  static final double BIG_MOVE = 0.015;

  private final SplittableRandom random;
  private final Map<String, Double> prices = new LinkedHashMap<>();
  private final Map<String, Double> pendingJumps = new LinkedHashMap<>();

  Market(long seed) {
    random = new SplittableRandom(seed);
    prices.put("ACME", 42.00);
    prices.put("GLOBEX", 118.50);
    prices.put("INITECH", 7.25);
  }

  private static Map<String, String> companies() {
    Map<String, String> companies = new LinkedHashMap<>();
    companies.put("ACME", "Acme Corporation");
    companies.put("GLOBEX", "Globex Corporation");
    companies.put("INITECH", "Initech");
    return Map.copyOf(companies);
  }

  static List<String> symbols() {
    return List.of("ACME", "GLOBEX", "INITECH");
  }

  /** Makes the next tick move {@code symbol} by {@code fraction} (0.05 is up 5 %). */
  synchronized void jump(String symbol, double fraction) {
    requireSymbol(symbol);
    pendingJumps.put(symbol, fraction);
  }

  /** Moves every price one step and returns the new quotes, in symbol order. */
  synchronized List<Quote> tick() {
    return symbols().stream().map(this::step).toList();
  }

  private Quote step(String symbol) {
    double before = prices.get(symbol);
    Double jump = pendingJumps.remove(symbol);
    double fraction = jump != null ? jump : 0.01 * (random.nextDouble() * 2 - 1);
    double after = Math.max(0.01, before * (1 + fraction));
    prices.put(symbol, after);
    return new Quote(symbol, after, (after - before) / before);
  }

  synchronized Quote quote(String symbol) {
    requireSymbol(symbol);
    return new Quote(symbol, prices.get(symbol), 0);
  }

  private void requireSymbol(String symbol) {
    if (!prices.containsKey(symbol)) {
      throw new IllegalArgumentException("unknown symbol \"" + symbol + "\"; the market has "
          + symbols());
    }
  }

  /** One symbol's price after a tick and its change since the tick before, as a fraction. */
  record Quote(String symbol, double price, double change) {

    boolean isBigMove() {
      return Math.abs(change) > BIG_MOVE;
    }

    String priceText() {
      return String.format(java.util.Locale.ROOT, "%.2f", price);
    }

    String changeText() {
      return String.format(java.util.Locale.ROOT, "%+.2f%%", change * 100);
    }
  }
}
