package dev.encke.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.encke.Encke;
import dev.encke.PageRequest;
import dev.encke.ScriptSession;
import dev.encke.testing.PageHello;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded server names the user of a page only through the application's {@link
 * dev.encke.UserResolver}: the user it finds from the hello's credential, nobody without one, and
 * a resolver that fails or answers a bad name refuses the page rather than guessing.
 */
class PageUsersTest {

  private static final Map<String, String> LOGINS = Map.of("t-ann", "ann", "t-blank", "  ");

  private static final List<String> SEEN = new CopyOnWriteArrayList<>();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Encke encke;

  @BeforeAll
  static void start() {
    encke = Encke.builder().port(0).userResolver(PageUsersTest::resolve).start();
  }

  @AfterAll
  static void stop() {
    encke.close();
  }

  private static Optional<String> resolve(PageRequest request) {
    SEEN.add(request.page() + " " + request.clientAddress() + " " + request.header("Origin"));
    List<String> logins = request.cookies("app-login");
    if (logins.contains("t-boom")) {
      throw new IllegalArgumentException("login store unavailable");
    }
    return logins.stream().map(LOGINS::get).filter(name -> name != null).findFirst();
  }

  private static ScriptSession session(PageHello hello) {
    return encke.sessions().stream().filter(s -> s.id().equals(hello.session())).findFirst()
        .orElseThrow();
  }

  @Test
  void aPageWhoseCredentialTheResolverKnowsHasThatUserAndTheUserTargetReachesIt() {
    PageHello hello = PageHello.say(HTTP, encke.uri(), "/share.html", "app-login=t-ann");

    assertThat(session(hello).user()).contains("ann");
    assertThat(encke.user("ann").sessions()).extracting(ScriptSession::id)
        .contains(hello.session());
    assertThat(SEEN).contains("/share.html 127.0.0.1 " + PageHello.origin(encke.uri()));
  }

  @Test
  void aPageWithoutACredentialTheResolverKnowsHasNoUser() {
    PageHello stranger = PageHello.say(HTTP, encke.uri(), "/share.html", "app-login=ann");
    PageHello none = PageHello.say(HTTP, encke.uri(), "/share.html");

    assertThat(session(stranger).user()).isEmpty();
    assertThat(session(none).user()).isEmpty();
  }

  @Test
  void aResolverThatFailsRefusesThePageWith500AndOpensNoSession() {
    int before = encke.sessions().size();

    assertThatThrownBy(() -> PageHello.say(HTTP, encke.uri(), "/share.html", "app-login=t-boom"))
        .hasMessageContaining("500").hasMessageContaining("could not tell who the user is");
    assertThat(encke.sessions()).hasSize(before);
  }

  @Test
  void aResolverThatNamesABlankUserRefusesThePage() {
    assertThatThrownBy(() -> PageHello.say(HTTP, encke.uri(), "/share.html", "app-login=t-blank"))
        .hasMessageContaining("500");
  }
}
