package dev.encke.example.boot;

import dev.encke.Encke;
import dev.encke.bindings.dwr.Util;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The share price, moved by a random step on a schedule and pushed to every open share page with
 * {@code Util.setValue}. Thread-safe: the scheduler writes, requests read.
 */
@Component
public class PriceFeed {

  private final Encke encke;
  private volatile double price = 42.00;

  public PriceFeed(Encke encke) {
    this.encke = encke;
  }

  /** The price as the page shows it, such as {@code 42.17}. */
  public String priceText() {
    return String.format(Locale.ROOT, "%.2f", price);
  }

  @Scheduled(fixedRateString = "${share.tick:1s}")
  public void tick() {
    price = Math.max(1, price + ThreadLocalRandom.current().nextDouble(-0.5, 0.5));
    String text = priceText();
    encke.page(SharePriceController.PAGE).run(() -> Util.setValue("price", text));
  }
}
