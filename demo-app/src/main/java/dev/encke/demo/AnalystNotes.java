package dev.encke.demo;

import java.util.List;

/**
 * The analyst note the share page shows in its Dijit editor: a few lines on the latest quotes, as
 * the small HTML document the editor holds. Every piece of text is escaped. Not thread-safe.
 */
final class AnalystNotes {

  private static final List<String> VIEWS = List.of(
      "Analysts rate it a buy.", "Holding steady; no change to the outlook.",
      "Watch for the quarterly results.", "Momentum is fading; some take profits.");

  private int turn;
  private String latest = "<p>The first note arrives in a few seconds.</p>";

  synchronized String latest() {
    return latest;
  }

  synchronized String next(List<Market.Quote> quotes) {
    StringBuilder html = new StringBuilder("<p><i>Analyst note ").append(++turn).append("</i></p>");
    for (int i = 0; i < quotes.size(); i++) {
      Market.Quote quote = quotes.get(i);
      html.append("<p><b>").append(escape(quote.symbol())).append("</b> ")
          .append(escape(quote.priceText())).append(" (").append(escape(quote.changeText()))
          .append("): ").append(escape(VIEWS.get((turn + i) % VIEWS.size()))).append("</p>");
    }
    latest = html.toString();
    return latest;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
