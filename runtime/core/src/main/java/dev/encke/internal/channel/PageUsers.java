package dev.encke.internal.channel;

import dev.encke.PageRequest;
import dev.encke.UserResolver;
import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.protocol.Text;
import java.util.List;
import java.util.Optional;

/**
 * Who the user of a new page is: the principal the host authenticated the hello as, else what the
 * application's {@link UserResolver} says of the hello, else nobody. Thread-safe.
 */
final class PageUsers {

  static final int MAX_NAME_LENGTH = 256;

  private final UserResolver resolver;
  private final ClientAddresses addresses;

  /** {@code resolver} may be {@code null}: then only the host names users. */
  PageUsers(UserResolver resolver, ClientAddresses addresses) {
    this.resolver = resolver;
    this.addresses = addresses;
  }

  /**
   * The user of the page at {@code page} that {@code exchange} says hello for, or {@code null}.
   *
   * @throws IllegalStateException quoting the answer when the resolver failed or named a user
   *     wrongly
   */
  String userOf(HttpExchange exchange, String page) {
    Optional<String> authenticated = exchange.user();
    if (authenticated.isPresent() || resolver == null) {
      return authenticated.orElse(null);
    }
    Optional<String> named;
    try {
      named = resolver.userOf(new Request(exchange, page, addresses));
    } catch (RuntimeException e) {
      throw new IllegalStateException("the user resolver failed on the hello of " + page + ": "
          + e, e);
    }
    if (named == null) {
      throw new IllegalStateException("the user resolver answered null instead of an Optional"
          + " for " + page);
    }
    named.ifPresent(name -> {
      if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
        throw new IllegalStateException("the user resolver named a user of 1 to "
            + MAX_NAME_LENGTH + " characters, not all blank: \"" + Text.abbreviate(name, 80)
            + "\" (" + name.length() + " characters)");
      }
    });
    return named.orElse(null);
  }

  /**
   * The hello as the resolver may see it, read through to the exchange: the client address behind
   * trusted proxies is worked out only if the resolver asks for it.
   */
  private record Request(HttpExchange exchange, String page, ClientAddresses addresses)
      implements PageRequest {
    @Override
    public String clientAddress() {
      return addresses.of(exchange);
    }

    @Override
    public List<String> cookies(String name) {
      return List.copyOf(exchange.cookies(name));
    }

    @Override
    public String header(String name) {
      return exchange.header(name);
    }
  }
}
