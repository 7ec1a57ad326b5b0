package dev.encke.demo;

import java.util.SplittableRandom;

/** A random walk of a share price, never below one cent. Not thread-safe: one ticker thread. */
final class SharePrice {

  private final SplittableRandom random;
  private double current;

  SharePrice(double start, long seed) {
    this.current = start;
    this.random = new SplittableRandom(seed);
  }

  double next() {
    double step = current * 0.02 * (random.nextDouble() * 2 - 1);
    current = Math.max(0.01, current + step);
    return current;
  }
}
