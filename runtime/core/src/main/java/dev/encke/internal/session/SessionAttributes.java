package dev.encke.internal.session;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The attributes of one session, which the application sets and filters read. Thread-safe. */
final class SessionAttributes {

  private final Map<String, Object> values = new ConcurrentHashMap<>();

  Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name == null")));
  }

  /** Sets {@code name}, or removes it when {@code value} is null; an ended session keeps none. */
  void set(String name, Object value, boolean ended) {
    Objects.requireNonNull(name, "name == null");
    if (value == null) {
      values.remove(name);
    } else if (!ended) {
      values.put(name, value);
    }
  }

  Set<String> names() {
    return Set.copyOf(values.keySet());
  }

  void clear() {
    values.clear();
  }
}
