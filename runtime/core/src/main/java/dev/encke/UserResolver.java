package dev.encke;

import java.util.Optional;

/**
 * Names the user of a page from the request that opens the page's session, where no container
 * authenticated that request: the embedded server's requests carry no principal. What it answers
 * becomes {@link ScriptSession#user()}, which {@link Browser#withUser} and {@link Encke#user}
 * target, on every node of a cluster. Give one with {@link Encke.Builder#userResolver}; without
 * one, a page has a user only when its host authenticated the request.
 *
 * <p>Only the application can say who a request is: verify a credential the application issued
 * itself (a signed or opaque session cookie, looked up in memory), never trust a name the browser
 * merely states. For example, with the application's own map of login cookies:
 *
 * <pre>{@code
 * Encke.builder().userResolver(request -> request.cookies("app-login").stream()
 *     .map(logins::get).filter(Objects::nonNull).findFirst());
 * }</pre>
 *
 * <p>Called on a server thread, once per page view, possibly on several threads at once: it must
 * be thread-safe and must not block (no call over the network; consult what the application keeps
 * in memory). An exception it throws refuses the page's session (500) and is not retried.
 */
@FunctionalInterface
public interface UserResolver {

  /**
   * The name of the user who sent {@code request}, or empty for a page without a user. A name is
   * 1 to 256 characters, not all blank.
   */
  Optional<String> userOf(PageRequest request);
}
