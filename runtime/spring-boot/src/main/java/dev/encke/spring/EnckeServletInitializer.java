package dev.encke.spring;

import dev.encke.Encke;
import dev.encke.Transport;
import dev.encke.servlet.EnckeServlets;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.web.servlet.ServletContextInitializer;

/**
 * Registers Encke's servlet when Boot's container starts its context, before the application's
 * beans are made; the {@code Encke} bean is the one it registered. Thread-safe.
 */
final class EnckeServletInitializer implements ServletContextInitializer {

  private final EnckeProperties properties;
  private final List<EnckeCustomizer> customizers;
  private volatile Encke encke;

  EnckeServletInitializer(EnckeProperties properties, List<EnckeCustomizer> customizers) {
    this.properties = properties;
    this.customizers = List.copyOf(customizers);
  }

  @Override
  public void onStartup(ServletContext context) {
    Encke.Builder builder = Encke.builder();
    apply(builder);
    customizers.forEach(customizer -> customizer.customize(builder));
    encke = EnckeServlets.register(context, builder);
  }

  /** The Encke registered in the application's container. */
  Encke encke() {
    Encke started = encke;
    if (started == null) {
      throw new IllegalStateException("Encke is not registered yet: the servlet container has"
          + " not started; ask for the Encke bean from beans the application makes, not while"
          + " the context is configured");
    }
    return started;
  }

  private void apply(Encke.Builder builder) {
    each(properties.allowedOrigins(), list -> builder.allowedOrigins(list.toArray(String[]::new)));
    each(properties.allowedHosts(), list -> builder.allowedHosts(list.toArray(String[]::new)));
    each(properties.trustedProxies(),
        list -> builder.trustedProxies(list.toArray(String[]::new)));
    each(properties.transports(),
        list -> builder.transports(list.toArray(Transport[]::new)));
    each(properties.heartbeat(), builder::heartbeat);
    each(properties.disconnectGrace(), builder::disconnectGrace);
    each(properties.replyTimeout(), builder::replyTimeout);
    each(properties.maxSessions(), builder::maxSessions);
    each(properties.maxSessionsPerAddress(), builder::maxSessionsPerAddress);
    each(properties.allowRawScript(), builder::allowRawScript);
  }

  private static <T> void each(T value, Consumer<T> setting) {
    if (value != null) {
      setting.accept(value);
    }
  }
}
