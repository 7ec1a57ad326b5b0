package dev.encke.js;

import dev.encke.internal.protocol.Json;
import java.util.Objects;

/**
 * Raw JavaScript for the rare page that needs it, as DWR's class of the same name: the one command
 * that is code, not data. Refused by default on both ends, because it is exactly what a
 * {@code script-src 'self'} policy exists to stop:
 *
 * <ul>
 *   <li>the server refuses it unless built with {@code Encke.builder().allowRawScript(true)};
 *   <li>it goes only to pages whose HTML opts in with {@code <meta name="encke-raw-script"
 *       content="allow">}; pushing it to a target that holds another page fails before anything
 *       is sent;
 *   <li>the page never uses {@code eval} or {@code new Function}: it inserts a {@code <script>}
 *       element that carries the nonce of the {@code encke.js} script tag, so it runs only where the
 *       page's own Content-Security-Policy allows it ({@code 'nonce-…'}, or {@code
 *       'unsafe-inline'}).
 * </ul>
 *
 * <p>Build the script from fixed text and data; {@link #appendData} encodes values as JSON so that
 * strings stay strings:
 *
 * <pre>{@code
 * ScriptBuffer script = ScriptBuffer.of("legacy.show(").appendData(userText).appendScript(");");
 * Browser.withPage("/legacy.html", () -> Js.script(script));
 * }</pre>
 *
 * <p>Immutable and thread-safe; every append returns a new buffer.
 */
public final class ScriptBuffer {

  private final String script;

  private ScriptBuffer(String script) {
    this.script = script;
  }

  /** A buffer holding {@code script}. */
  public static ScriptBuffer of(String script) {
    return new ScriptBuffer(Objects.requireNonNull(script, "script == null"));
  }

  /** This script followed by the raw text {@code script}. */
  public ScriptBuffer appendScript(String script) {
    return new ScriptBuffer(this.script + Objects.requireNonNull(script, "script == null"));
  }

  /**
   * This script followed by {@code value} as a JSON literal, with {@code <}, {@code >}, {@code &},
   * U+2028 and U+2029 escaped, so that data can never end the script or become code.
   *
   * @throws IllegalArgumentException when Jackson cannot encode {@code value}
   */
  public ScriptBuffer appendData(Object value) {
    return new ScriptBuffer(script + Json.encodeForScript(value));
  }

  /** The script text. */
  public String script() {
    return script;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScriptBuffer buffer && buffer.script.equals(script);
  }

  @Override
  public int hashCode() {
    return script.hashCode();
  }

  @Override
  public String toString() {
    return "ScriptBuffer(" + script + ")";
  }
}
