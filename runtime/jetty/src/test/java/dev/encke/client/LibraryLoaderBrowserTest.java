package dev.encke.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The library loader alone ({@code libraries.js}) with fixture manifests, scripts and a minimal
 * AMD loader: load order, failures, waiting for module promises without adopting their values,
 * and waiting for the promise a manifest names as ready.
 */
class LibraryLoaderBrowserTest {

  @RegisterExtension
  static final PartPage page = PartPage.of("libraries");

  @Test
  void loadsEachLibrarysScriptsInTheDeclaredOrderAndEachScriptOnce() {
    assertThat(load("first", "second")).isEqualTo("loaded");

    assertThat(page.run("return loaded")).asList()
        .containsExactly("first-a", "first-b", "second");
  }

  @Test
  void aScriptNamedFromTheRootIsTakenFromWhereEnckeIsMounted() {
    page.run("load(['rooted'], mountedLibraries)");
    page.awaitTrue("return outcomes.length === 1");

    assertThat(page.run("return outcomes[0]")).isEqualTo("loaded");
    assertThat(page.run("return loaded")).asList().containsExactly("rooted");
    assertThat((String) page.run("return document.scripts[document.scripts.length - 1].src"))
        .endsWith("/pages/mounted/scripts/rooted.js");
  }

  @Test
  void aLibraryThatFailsSaysWhyAndTheLibrariesAfterItAreNotLoaded() {
    assertThat(load("broken", "first"))
        .isEqualTo("failed: cannot load the script /pages/scripts/missing.js");

    assertThat(page.run("return loaded")).asList().isEmpty();
  }

  @Test
  void aMissingManifestIsReportedWithItsStatus() {
    assertThat(load("absent"))
        .isEqualTo("failed: library \"absent\": its manifest answered HTTP 404");
  }

  @Test
  void aNameThatIsNotALibraryNameIsRefusedWithoutAFetch() {
    assertThat(load("../first")).isEqualTo("failed: not a library name: \"../first\"");
  }

  @Test
  void waitsForModulesWithoutAdoptingWhatTheyResolveTo() {
    assertThat(load("amd")).isEqualTo("loaded");

    assertThat(page.run("return required")).asList()
        .containsExactly("fixture/ready", "fixture/self-resolving");
  }

  @Test
  void waitsUntilAModulePromiseSettles() {
    page.run("load(['amd-pending'])");
    page.awaitTrue("return window.required !== undefined && required.length === 1");
    assertThat(page.run("return outcomes")).asList().isEmpty();

    page.run("resolvePendingModule('parsed')");
    page.awaitTrue("return outcomes.length === 1");

    assertThat(page.run("return outcomes[0]")).isEqualTo("loaded");
  }

  @Test
  void aModuleWhosePromiseFailsFailsItsLibrary() {
    assertThat(load("amd-failing")).isEqualTo("failed: the parse failed");
  }

  @Test
  void aModuleTheAmdLoaderCannotFindFailsItsLibrary() {
    assertThat(load("amd-absent")).isEqualTo("failed: module not found: fixture/absent");
  }

  @Test
  void modulesWithoutAnAmdLoaderFailTheirLibraryWithTheReason() {
    assertThat(load("amd-without-loader")).isEqualTo("failed: library \"amd-without-loader\""
        + " needs AMD modules, but its scripts loaded no AMD loader");
  }

  @Test
  void waitsUntilThePromiseTheManifestNamesAsReadySettlesWithoutAdoptingItsValue() {
    page.run("load(['ready-pending'])");
    page.awaitTrue("return loaded.indexOf('ready') >= 0");
    assertThat(page.run("return outcomes")).asList().isEmpty();

    page.run("finishStarting('painted')");
    page.awaitTrue("return outcomes.length === 1");

    assertThat(page.run("return outcomes[0]")).isEqualTo("loaded");
  }

  @Test
  void aReadyValueThatIsNoPromiseFailsItsLibrary() {
    assertThat(load("ready-not-a-promise")).isEqualTo("failed: library \"ready-not-a-promise\":"
        + " its ready value readyFixture.name is not a promise");
  }

  @Test
  void declaredListsTheLibrariesThePageNamesInItsMetaTag() {
    assertThat(page.run("return libraries.declared()")).asList().isEmpty();

    page.run("var meta = document.createElement('meta'); meta.name = 'encke-libraries';"
        + "meta.content = ' dijit  scriptaculous '; document.head.appendChild(meta)");

    assertThat(page.run("return libraries.declared()")).asList()
        .containsExactly("dijit", "scriptaculous");
  }

  /** Loads the libraries and waits for the outcome: "loaded", or "failed: " and the reason. */
  private static String load(String... names) {
    page.run("load(arguments[0])", List.of(names));
    page.awaitTrue("return outcomes.length === 1");
    return (String) page.run("return outcomes[0]");
  }
}
