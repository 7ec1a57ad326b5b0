package dev.encke.demo;

import dev.encke.Browser;
import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionFilter;
import dev.encke.ScriptSessionListener;
import dev.encke.bindings.dijit.Dijit;
import dev.encke.bindings.dijit.Editor;
import dev.encke.bindings.dwr.Util;
import dev.encke.bindings.scriptaculous.Effect;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.util.List;
import java.util.function.Supplier;

/**
 * The talk's share-price page, {@code /share.html}: each page watches one symbol, chosen in its
 * select; every tick pushes each symbol's price only to the pages watching it ({@code
 * Browser.withAllSessionsFiltered}), shakes the price on a big move, refreshes the analyst note in
 * a Dijit editor, and drives the TIBCO GI trading panel where GI is served ({@link TradingPanel}).
 */
final class SharePage implements ScriptSessionListener {

  static final String PATH = "/share.html";
  static final String SYMBOL = "symbol";
  private static final int TICKS_PER_NOTE = 5;

  private final Supplier<Encke> encke;
  private final Market market;
  private final AnalystNotes notes = new AnalystNotes();
  private final TradingPanel trading;
  private int ticks;

  SharePage(Supplier<Encke> encke, Market market) {
    this.encke = encke;
    this.market = market;
    this.trading = new TradingPanel(market::quote);
  }

  @Override
  public void sessionCreated(ScriptSession session) {
    if (!PATH.equals(session.page())) {
      return;
    }
    session.setAttribute(SYMBOL, Market.symbols().get(0));
    encke.get().session(session.id()).run(() -> {
      Util.on("symbol", "change", event -> watch(event.value()));
      show(market.quote(Market.symbols().get(0)));
      Dijit.byId("note", Editor.class).setValue(notes.latest());
      // A page with GI says hello once GI has painted, and GI names the application's global.
      Js.callForValue(Boolean.class, JsRef.global("window"), "hasOwnProperty", TradingPanel.APP)
          .thenAccept(present -> {
            if (present) {
              session.setAttribute(TradingPanel.HAS_GI, true);
              encke.get().session(session.id()).run(() -> trading.wire(market.quote(
                  session.attribute(SYMBOL).map(String::valueOf).orElseThrow())));
            }
          });
    });
  }

  /** Runs in the page's listener: the page now watches {@code symbol} and sees its price at once. */
  private void watch(String symbol) {
    if (!Market.COMPANIES.containsKey(symbol)) {
      Util.toast("Unknown symbol: " + symbol);
      return;
    }
    ScriptSession page = Browser.currentSession().orElseThrow();
    page.setAttribute(SYMBOL, symbol);
    show(market.quote(symbol));
    if (TradingPanel.hasGi().matches(page)) {
      trading.show(market.quote(symbol));
    }
  }

  /** Moves the market one step and pushes each symbol to the pages that watch it. */
  synchronized void tick() {
    List<Market.Quote> quotes = market.tick();
    for (Market.Quote quote : quotes) {
      Browser.withAllSessionsFiltered(watching(quote.symbol()), () -> {
        show(quote);
        if (quote.isBigMove()) {
          Effect.shake("price");
        }
      });
      Browser.withAllSessionsFiltered(watching(quote.symbol()).and(TradingPanel.hasGi()),
          () -> trading.show(quote));
    }
    trading.record(quotes);
    if (++ticks % TICKS_PER_NOTE == 0) {
      String note = notes.next(quotes);
      Browser.withPage(PATH, () -> Dijit.byId("note", Editor.class).setValue(note));
    }
  }

  private static void show(Market.Quote quote) {
    Util.setValue("company", Market.COMPANIES.get(quote.symbol()));
    Util.setValue("price", quote.priceText());
    Util.setValue("change", quote.changeText());
  }

  static ScriptSessionFilter watching(String symbol) {
    return session -> PATH.equals(session.page())
        && session.attribute(SYMBOL).map(symbol::equals).orElse(false);
  }
}
