package dev.encke.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.bindings.dijit.Dijit;
import dev.encke.bindings.dijit.form.TextBox;
import dev.encke.bindings.scriptaculous.Effect;
import dev.encke.bindings.scriptaculous.EffectOptions;
import dev.encke.jetty.EnckeJetty;
import dev.encke.jetty.MountedEncke;
import dev.encke.testing.HeadlessChromium;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The bindings in an application that lives under a context path, {@code /shop}, as one deployed
 * in a servlet container does: Encke mounted in the application's Jetty beside its own handler,
 * which serves its pages and the jars' {@code META-INF/resources} (the WebJars) as a container
 * would. The manifests name their scripts from the root ({@code /webjars/...}); they must load
 * from {@code /shop/webjars/...}, where nothing is served at the host's root.
 */
class ContextPathBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static Server server;
  private static MountedEncke encke;
  private static HeadlessChromium chromium;
  private static ScriptSession page;

  @BeforeAll
  static void openThePageUnderTheContextPath() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    encke = EnckeJetty.mount(server, Encke.builder());
    ResourceHandler files = new ResourceHandler();
    files.setBaseResource(classpathFolders(ResourceFactory.of(server), "web",
        "META-INF/resources"));
    server.setHandler(new ContextHandler(new Handler.Sequence(encke.handler(), files), "/shop"));
    server.start();
    chromium = HeadlessChromium.start();
    chromium.openConnected("http://127.0.0.1:" + connector.getLocalPort()
        + "/shop/context-path.html", TIMEOUT);
    page = encke.sessions().stream().filter(session -> !session.isEnded()).findFirst()
        .orElseThrow();
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (encke != null) {
        encke.close();
      }
      server.stop();
    }
  }

  private static Resource classpathFolders(ResourceFactory factory, String... folders)
      throws IOException, URISyntaxException {
    List<Resource> bases = new ArrayList<>();
    for (String folder : folders) {
      for (URL url : Collections.list(
          ContextPathBrowserTest.class.getClassLoader().getResources(folder))) {
        bases.add(factory.newResource(url.toURI()));
      }
    }
    return ResourceFactory.combine(bases);
  }

  @Test
  void dijitsAmdPackagesLoadFromBelowTheContextPathAndItsWidgetsTakePushes() {
    encke.withSession(page.id(), () -> Dijit.byId("symbol", TextBox.class).setValue("ACME"));

    chromium.await(TIMEOUT).until(d -> "ACME".equals(
        d.findElement(By.id("symbol")).getDomProperty("value")));
  }

  @Test
  void scriptaculousScriptsLoadFromBelowTheContextPathAndItsEffectsRun() {
    encke.withSession(page.id(),
        () -> Effect.fade("quote", new EffectOptions().withDuration(0.2)));

    chromium.await(TIMEOUT).until(d -> !d.findElement(By.id("quote")).isDisplayed());
    assertThat(chromium.driver().findElement(By.id("quote")).getCssValue("display"))
        .isEqualTo("none");
  }
}
