package dev.encke.internal.host;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The end of an asynchronous write: exactly one of the two methods is called once, on whatever
 * thread the host completes the write.
 */
public interface Completion {

  /** A completion that does nothing, for writes whose end changes nothing. */
  Completion NONE = of(() -> {}, failure -> {});

  void succeeded();

  void failed(Throwable cause);

  /** A completion that runs {@code success} or {@code failure}. */
  static Completion of(Runnable success, Consumer<Throwable> failure) {
    Objects.requireNonNull(success, "success == null");
    Objects.requireNonNull(failure, "failure == null");
    return new Completion() {
      @Override
      public void succeeded() {
        success.run();
      }

      @Override
      public void failed(Throwable cause) {
        failure.accept(cause);
      }
    };
  }
}
