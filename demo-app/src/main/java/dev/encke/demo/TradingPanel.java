package dev.encke.demo;

import dev.encke.Browser;
import dev.encke.ScriptSessionFilter;
import dev.encke.bindings.gi.GI;
import dev.encke.bindings.gi.app.Server;
import dev.encke.bindings.gi.gui.Block;
import dev.encke.bindings.gi.gui.Button;
import dev.encke.bindings.gi.gui.Form;
import dev.encke.bindings.gi.gui.Interactive;
import dev.encke.bindings.gi.gui.Matrix;
import dev.encke.bindings.dwr.Util;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The share page's trading row, a TIBCO GI application ({@code web/gi-apps/shareApp}): buy and
 * sell buttons the server disables while the watched price jumps, a status line, and a Matrix of
 * the market's recent trades, one row a symbol each tick, plus the trades the page's own buttons
 * make. GI finds its objects by the names the component file gives them; the ids GI gives are
 * per page, so a push to many pages names them.
 */
final class TradingPanel {

  static final String APP = "shareApp";
  static final String HAS_GI = "gi";
  /** How many trades the Matrix keeps. */
  static final int ROWS = 6;

  /**
   * The inline event handlers GI paints for this panel (its buttons, enabled and disabled, and
   * its Matrix, whose handlers name the id GI gives it, {@code _jsx_0_8}, which follows from the
   * order of objects in panel.xml). Measured in Chromium; SharePageGiBrowserTest fails, naming
   * the handler, when GI paints one that is not here.
   */
  static final List<String> INLINE_HANDLERS = List.of(
      "jsx3.dl(event,this,'BT',0);", "jsx3.dl(event,this,'Fo',0);",
      "jsx3.dl(event,this,'Fo',1);", "jsx3.dl(event,this,'Ri',1);",
      "jsx3.dl(event,this,'Uc',0);", "jsx3.dl(event,this,'Uc',1);",
      "jsx3.dl(event,this,'Xj',1);", "jsx3.dl(event,this,'_ebKeyDown',0);",
      "jsx3.dl(event,this,'_ebKeyDown',1);", "jsx3.dl(event,this,'ae',2);",
      "jsx3.dl(event,this,'dq',3);", "jsx3.dl(event,this,'nj',1);",
      "jsx3.dl(event,this,'vG',3);", "jsx3.dl(event,this,'yo',0);",
      "jsx3.dl(event,this,'yo',1);",
      "jsx3.GO('_jsx_0_8').yp(event,this,'FR');", "jsx3.GO('_jsx_0_8').yp(event,this,'FS');",
      "jsx3.GO('_jsx_0_8').yp(event,this,'Jt');", "jsx3.GO('_jsx_0_8').yp(event,this,'Nh');",
      "jsx3.GO('_jsx_0_8').yp(event,this,'RI');", "jsx3.GO('_jsx_0_8').yp(event,this,'W3');",
      "jsx3.GO('_jsx_0_8').yp(event,this,'_ebMouseOutDropIcon');",
      "jsx3.GO('_jsx_0_8').yp(event,this,'_onMouseUp');",
      "jsx3.GO('_jsx_0_8').yp(event,this,'au');", "jsx3.GO('_jsx_0_8').yp(event,this,'gN');",
      "jsx3.GO('_jsx_0_8').yp(event,this,'tu');", "jsx3.GO('_jsx_0_8').yp(event,this,'xD');",
      "jsx3.GO('_jsx_0_8').yp(event,this,'xm');");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Function<String, Market.Quote> quotes;
  private final AtomicLong trades = new AtomicLong();

  TradingPanel(Function<String, Market.Quote> quotes) {
    this.quotes = quotes;
  }

  /**
   * The share page's policy when GI serves its panel: GI evaluates code as it starts, and its
   * handlers run as allowed by their hashes ({@code 'unsafe-hashes'}), not as any inline script.
   */
  static String contentSecurityPolicy() {
    return "script-src 'self' 'unsafe-eval' 'unsafe-hashes' " + INLINE_HANDLERS.stream()
        .map(TradingPanel::sha256).collect(Collectors.joining(" "));
  }

  static ScriptSessionFilter hasGi() {
    return session -> session.attribute(HAS_GI).map(Boolean.TRUE::equals).orElse(false);
  }

  /**
   * Wires the buttons of a page whose GI panel has painted, and shows the symbol it watches; runs
   * in the page's session.
   */
  void wire(Market.Quote watched) {
    Server app = GI.getServer(APP);
    app.getJSXByName("buy", Button.class).subscribe(Interactive.EXECUTE, e -> trade("bought"));
    app.getJSXByName("sell", Button.class).subscribe(Interactive.EXECUTE, e -> trade("sold"));
    show(watched);
  }

  /** The talk's GI snippet: buying and selling pause while the watched price jumps. */
  void show(Market.Quote quote) {
    boolean open = !quote.isBigMove();
    int state = open ? Form.STATEENABLED : Form.STATEDISABLED;
    Server app = GI.getServer(APP);
    app.getJSXByName("buy", Button.class).setEnabled(state, true);
    app.getJSXByName("sell", Button.class).setEnabled(state, true);
    app.getJSXByName("status", Block.class).setText(open
        ? "Trading " + quote.symbol() + " at " + quote.priceText()
        : "Paused: " + quote.symbol() + " moved " + quote.changeText()).repaint();
  }

  /** Adds the tick's trades to the Matrix of every page with GI, dropping the oldest. */
  void record(List<Market.Quote> tick) {
    Browser.withAllSessionsFiltered(hasGi(), () -> tick.forEach(
        quote -> addRow(quote.symbol(), "market", quote.priceText())));
  }

  // Runs in the listener of the page whose button was pressed: every tape shows the trade.
  private void trade(String side) {
    String symbol = Browser.currentSession().orElseThrow().attribute(SharePage.SYMBOL)
        .map(String::valueOf).orElse(Market.symbols().get(0));
    Market.Quote quote = quotes.apply(symbol);
    Util.toast("You " + side + " 100 " + symbol + " at " + quote.priceText());
    Browser.withAllSessionsFiltered(hasGi(), () -> addRow(symbol, "100 " + side + " here",
        quote.priceText()));
  }

  private void addRow(String symbol, String side, String price) {
    long row = trades.incrementAndGet();
    Matrix matrix = GI.getServer(APP).getJSXByName("trades", Matrix.class);
    matrix.insertRecord(Map.of("jsxid", "t" + row, "time", LocalTime.now().format(TIME),
        "symbol", symbol, "side", side, "price", price), null, true);
    matrix.deleteRecord("t" + (row - ROWS), true);
  }

  private static String sha256(String handler) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(handler.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
