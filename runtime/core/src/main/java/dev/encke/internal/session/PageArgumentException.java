package dev.encke.internal.session;

/**
 * An argument a page passed to a callback that does not convert to the type the callback asks for:
 * the page's doing, not the server's, so it is logged in one short line, not with a stack trace.
 * Its message quotes the argument cut to a few hundred characters.
 */
final class PageArgumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  PageArgumentException(String message) {
    super(message);
  }

  /** Whether {@code failure} is one, or was caused by one. */
  static boolean isCauseOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PageArgumentException) {
        return true;
      }
    }
    return false;
  }
}
