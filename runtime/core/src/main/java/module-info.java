/**
 * Encke's core: what generated proxies and applications stand on ({@code dev.encke}, {@code
 * dev.encke.js}, {@code dev.encke.binding}, {@code dev.encke.testkit}), the backplane SPI that
 * cluster modules implement ({@code dev.encke.spi}) and, for the host modules only, the host SPI
 * ({@code dev.encke.internal.host}). No Jetty, no servlet API.
 */
// "module": the host modules that the SPI is exported to compile after this one.
// "requires-automatic": HdrHistogram's jar names no module; its file name does.
@SuppressWarnings({"module", "requires-automatic"})
module dev.encke.core {
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires HdrHistogram;
  requires static org.junit.jupiter.api;

  exports dev.encke;
  exports dev.encke.binding;
  exports dev.encke.js;
  exports dev.encke.spi;
  exports dev.encke.testkit;

  exports dev.encke.internal.host to dev.encke.jetty, dev.encke.servlet;

  uses dev.encke.internal.host.EmbeddedServer;
}
