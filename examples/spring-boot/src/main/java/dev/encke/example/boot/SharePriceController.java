package dev.encke.example.boot;

import dev.encke.Encke;
import dev.encke.bindings.dwr.Util;
import dev.encke.bindings.scriptaculous.Effect;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the share page with the current price, and shakes the price on every open page when
 * asked: {@code curl -X POST http://localhost:8080/shake}.
 */
@RestController
public class SharePriceController {

  /** The page's path, as Encke targets it. */
  static final String PAGE = "/share";

  private final Encke encke;
  private final PriceFeed feed;

  public SharePriceController(Encke encke, PriceFeed feed) {
    this.encke = encke;
    this.feed = feed;
  }

  @GetMapping(path = PAGE, produces = MediaType.TEXT_HTML_VALUE)
  public String page() {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="encke-libraries" content="dwr scriptaculous">
          <title>Share price</title>
          <script src="encke/encke.js"></script>
        </head>
        <body>
          <h1>ACME</h1>
          <p>Share price: <span id="price">%s</span></p>
          <p id="status"></p>
        </body>
        </html>
        """.formatted(HtmlUtils.htmlEscape(feed.priceText()));
  }

  /** A request handler that pushes: every share page shakes its price and says why. */
  @PostMapping("/shake")
  public String shake() {
    encke.page(PAGE).run(() -> {
      Effect.shake("price");
      Util.setValue("status", "Shaken by a request");
    });
    return "shaken\n";
  }
}
