package dev.encke.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.binding.AmdModules;
import dev.encke.binding.Library;
import dev.encke.binding.Scripts;
import dev.encke.bindings.dijit.Dijit;
import dev.encke.bindings.dijit.Editor;
import dev.encke.bindings.dijit.form.Button;
import dev.encke.bindings.dwr.Util;
import dev.encke.bindings.scriptaculous.Effect;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests the code generator wrote for this module's libraries name only files this module
 * ships or depends on, so a page that declares a library loads what exists: a WebJar version
 * changed in the pom without the descriptors fails here, not in a user's browser.
 */
class LibraryManifestsTest {

  private static final String WEB = "META-INF/resources";
  /** Where Dojo's loader finds each AMD package, as encke/dojo/config.js sets it. */
  private static final Map<String, String> AMD_PACKAGES = Map.of(
      "dojo", "/webjars/dojo/1.17.3/",
      "dijit", "/webjars/dijit/1.17.3/",
      "encke-dijit", "/encke/dijit/");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"dwr", "scriptaculous", "dijit", "gi"})
  void everyScriptAndModuleOfTheManifestIsOnTheClasspath(String library) throws IOException {
    JsonNode manifest = manifest(library);

    assertThat(manifest.get("library").asText()).isEqualTo(library);
    assertThat(manifest.get("scripts")).isNotEmpty();
    for (String script : strings(manifest.get("scripts"))) {
      assertThat(resource(WEB + script)).as(script).isTrue();
    }
    for (String module : strings(manifest.get("amdModules"))) {
      String name = module.substring(0, module.indexOf('/'));
      assertThat(AMD_PACKAGES).as(module).containsKey(name);
      String path = AMD_PACKAGES.get(name) + module.substring(name.length() + 1) + ".js";
      assertThat(resource(WEB + path)).as(module + " at " + path).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(classes = {Util.class, Effect.class, Dijit.class, Button.class, Editor.class})
  void theGeneratedTypesCarryWhatTheirManifestLists(Class<?> type) throws IOException {
    Library library = type.getAnnotation(Library.class);
    String name = library != null ? library.value() : type.getPackageName()
        .replace("dev.encke.bindings.", "").split("\\.")[0];
    JsonNode manifest = manifest(name);

    assertThat(strings(manifest.get("types"))).contains(type.getName());
    Scripts scripts = type.getAnnotation(Scripts.class);
    if (scripts != null) {
      assertThat(strings(manifest.get("scripts"))).containsSubsequence(scripts.value());
    }
    AmdModules modules = type.getAnnotation(AmdModules.class);
    if (modules != null) {
      assertThat(strings(manifest.get("amdModules"))).contains(modules.value());
    }
  }

  private JsonNode manifest(String library) throws IOException {
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream(WEB + "/encke/libraries/" + library + ".json")) {
      assertThat(in).as("manifest of " + library).isNotNull();
      return json.readTree(in);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private boolean resource(String path) {
    return getClass().getClassLoader().getResource(path) != null;
  }
}
