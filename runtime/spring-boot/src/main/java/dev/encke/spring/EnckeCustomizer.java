package dev.encke.spring;

import dev.encke.Encke;

/**
 * A bean that adjusts Encke's builder beyond what {@link EnckeProperties} say, such as adding a
 * {@code ScriptSessionListener}; every one runs, in {@code @Order}, after the properties applied
 * and before Encke starts, on the thread that starts the application.
 */
@FunctionalInterface
public interface EnckeCustomizer {

  void customize(Encke.Builder builder);
}
