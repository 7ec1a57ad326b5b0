package dev.encke.codegen.emit;

import dev.encke.codegen.model.Library;
import dev.encke.codegen.model.MemberOwner;
import dev.encke.codegen.model.Model;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one manifest per library, {@code META-INF/resources/encke/libraries/<name>.json}, which
 * the runtime serves and a page that declares the library reads before it connects:
 *
 * <pre>
 * {
 *   "library": "scriptaculous",
 *   "scripts": ["/webjars/prototype/1.7.3.0/prototype.js", "…/effects.js"],
 *   "amdModules": [],
 *   "types": ["dev.encke.bindings.scriptaculous.Effect"]
 * }
 * </pre>
 *
 * <p>Generated from the same descriptors as the Java types, so the two cannot drift apart.
 * Stateless; the output is sorted and reproducible.
 */
public final class LibraryWriter {

  /** Where manifests go, below the generated resources folder. */
  public static final String FOLDER = "META-INF/resources/encke/libraries/";

  private LibraryWriter() {}

  /** The manifests of the model's libraries, by path below the resources folder. */
  public static Map<String, byte[]> emit(Model model) {
    Map<String, byte[]> manifests = new TreeMap<>();
    for (Library library : Library.of(model)) {
      manifests.put(FOLDER + library.name() + ".json",
          manifest(library).getBytes(StandardCharsets.UTF_8));
    }
    return manifests;
  }

  static String manifest(Library library) {
    List<String> types = library.types().stream()
        .map(MemberOwner::javaName)
        .map(name -> name.qualifiedName())
        .sorted()
        .toList();
    return "{\n"
        + "  \"library\": " + string(library.name()) + ",\n"
        + "  \"scripts\": " + array(library.scripts()) + ",\n"
        + "  \"amdModules\": " + array(library.amdModules()) + ",\n"
        + "  \"types\": " + array(types) + "\n"
        + "}\n";
  }

  private static String array(List<String> values) {
    if (values.isEmpty()) {
      return "[]";
    }
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < values.size(); i++) {
      json.append("    ").append(string(values.get(i))).append(i < values.size() - 1 ? ",\n" : "\n");
    }
    return json.append("  ]").toString();
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String string(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
