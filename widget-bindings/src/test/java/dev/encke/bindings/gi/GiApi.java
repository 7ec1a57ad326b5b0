package dev.encke.bindings.gi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * TIBCO GI's own account of its API: the XML documentation of a GI copy ({@code api/xml/}, one
 * file per class, what DWR's generator read), with each class's superclasses and interfaces, its
 * methods (GI lists inherited ones too) with parameter and return types, and its static fields
 * with their values. The conformance test checks the binding against it. Not thread-safe.
 *
 * <p>Run as a program, it prints the signatures of the members named, in the style of {@code
 * src/main/widgets/gi.js} and without GI's documentation, to start a definition from; the
 * definition's docs are then written by hand:
 *
 * <pre>
 * java widget-bindings/src/test/java/dev/encke/bindings/gi/GiApi.java \
 *     ../shared/vendor/gi-3.9.1 jsx3.gui.Slider getValue setValue HORIZONTAL
 * </pre>
 */
final class GiApi {

  /** A parameter and the types GI allows for it ({@code int}, {@code String}, a class…). */
  record Param(String name, List<String> types) {}

  /**
   * A method of a class; {@code source} is the class that declares it. GI lists an inherited
   * method by name only: {@link #method} finds its parameters and result where it is declared.
   */
  record Method(String name, List<Param> params, List<String> returns, boolean isStatic,
      String source, boolean deprecated, boolean inherited) {}

  /** A field; {@code value} is its initial value as GI writes it, JSON-like, or null. */
  record Field(String name, List<String> types, String value, boolean isStatic) {}

  /** A class or interface, with every superclass and interface, direct or not. */
  record GiClass(String name, boolean isInterface, List<String> superclasses,
      List<String> interfaces, Optional<Method> constructor, Map<String, Method> methods,
      Map<String, Field> fields) {}

  private final Path xml;
  private final Map<String, Optional<GiClass>> classes = new HashMap<>();

  private GiApi(Path xml) {
    this.xml = xml;
  }

  /** The API documentation of the GI copy at {@code giHome}, read class by class when asked. */
  static GiApi of(Path giHome) {
    Path xml = giHome.resolve("api/xml");
    if (!Files.isDirectory(xml)) {
      throw new IllegalArgumentException("no GI API documentation at " + xml);
    }
    return new GiApi(xml);
  }

  /** The class named {@code name}, such as {@code jsx3.gui.Button}, if GI documents one. */
  Optional<GiClass> find(String name) {
    return classes.computeIfAbsent(name, this::read);
  }

  /**
   * The method {@code key} ({@link #key}) of {@code type} as the class that declares it documents
   * it, or empty when {@code type} has no such method.
   */
  Optional<Method> method(GiClass type, String key) {
    Method method = type.methods().get(key);
    if (method == null || !method.inherited()) {
      return Optional.ofNullable(method);
    }
    return find(method.source()).flatMap(declaring -> method(declaring, key));
  }

  private Optional<GiClass> read(String name) {
    return file(name).map(file -> parse(name, file));
  }

  // A nested class such as jsx3.gui.Matrix.Column lives in jsx3/gui/Matrix.Column.xml.
  private Optional<Path> file(String name) {
    String[] segments = name.split("\\.");
    for (int folders = segments.length - 1; folders >= 0; folders--) {
      Path folder = xml;
      for (int i = 0; i < folders; i++) {
        folder = folder.resolve(segments[i]);
      }
      String file = String.join(".", List.of(segments).subList(folders, segments.length));
      Path candidate = folder.resolve(file + ".xml");
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static GiClass parse(String name, Path file) {
    Element root = document(file);
    Map<String, Method> methods = new LinkedHashMap<>();
    Map<String, Field> fields = new LinkedHashMap<>();
    Optional<Method> constructor = Optional.empty();
    for (Element child : children(root)) {
      switch (child.getTagName()) {
        case "method" -> {
          Method method = method(child, name);
          methods.put(key(method.isStatic(), method.name()), method);
        }
        case "constructor" -> constructor = Optional.of(method(child, name));
        case "field" -> {
          Field field = new Field(child.getAttribute("name"), types(child),
              child.hasAttribute("value") ? child.getAttribute("value") : null,
              "1".equals(child.getAttribute("static")));
          fields.put(key(field.isStatic(), field.name()), field);
        }
        default -> { }
      }
    }
    return new GiClass(name, root.getTagName().equals("interface"), names(root, "superclass"),
        names(root, "implements"), constructor, methods, fields);
  }

  static String key(boolean isStatic, String name) {
    return (isStatic ? "static " : "") + name;
  }

  private static Method method(Element element, String owner) {
    List<Param> params = new ArrayList<>();
    for (Element param : namedChildren(element, "param")) {
      params.add(new Param(param.getAttribute("name"), types(param)));
    }
    List<String> returns = namedChildren(element, "return").stream()
        .flatMap(r -> types(r).stream()).toList();
    String source = element.hasAttribute("source") ? element.getAttribute("source") : owner;
    return new Method(element.getAttribute("name"), params, returns,
        "1".equals(element.getAttribute("static")), source,
        "1".equals(element.getAttribute("deprecated")),
        "1".equals(element.getAttribute("inherited")));
  }

  private static List<String> types(Element element) {
    return namedChildren(element, "type").stream().map(t -> t.getAttribute("name")).toList();
  }

  private static List<String> names(Element root, String tag) {
    return namedChildren(root, tag).stream().map(e -> e.getAttribute("name")).toList();
  }

  private static List<Element> namedChildren(Element parent, String tag) {
    return children(parent).stream().filter(e -> e.getTagName().equals(tag)).toList();
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        children.add(element);
      }
    }
    return children;
  }

  private static Element document(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("not GI API XML: " + file + ": " + e.getMessage(), e);
    }
  }

  /** Prints the signatures of the members named (every member of the class when none is). */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: GiApi <gi-home> <class> [member...]");
      System.exit(2);
    }
    GiApi api = of(Path.of(args[0]));
    GiClass type = api.find(args[1]).orElseThrow(
        () -> new IllegalArgumentException("GI documents no class " + args[1]));
    List<String> wanted = List.of(args).subList(2, args.length);
    type.fields().values().stream().filter(f -> f.isStatic() && f.value() != null
        && (wanted.isEmpty() || wanted.contains(f.name())))
        .forEach(f -> System.out.printf("/** @const {%s} */%n%s.%s = %s;%n%n",
            closure(f.types()), type.name(), f.name(), f.value()));
    type.methods().entrySet().stream().filter(m -> wanted.isEmpty()
        ? !m.getValue().inherited() && !m.getValue().deprecated()
        : wanted.contains(m.getValue().name()))
        .map(m -> api.method(type, m.getKey()).orElseThrow())
        .forEach(m -> System.out.println(signature(type.name(), m)));
  }

  private static String signature(String owner, Method method) {
    StringBuilder doc = new StringBuilder("/**\n");
    for (Param param : method.params()) {
      doc.append(" * @param {").append(closure(param.types())).append("} ")
          .append(param.name()).append('\n');
    }
    if (!method.returns().isEmpty()) {
      doc.append(" * @return {").append(closure(method.returns())).append("}\n");
    }
    String args = method.params().stream().map(Param::name).collect(Collectors.joining(", "));
    return doc.append(" */\n").append(owner).append(method.isStatic() ? "." : ".prototype.")
        .append(method.name()).append(" = function (").append(args).append(") {};\n")
        .toString();
  }

  /** GI's type names in Closure's notation: {@code int} and {@code Number} are numbers. */
  static String closure(List<String> types) {
    List<String> names = types.stream().map(GiApi::closure).distinct().toList();
    return names.isEmpty() ? "*" : names.size() == 1 ? names.get(0)
        : "(" + String.join("|", names) + ")";
  }

  private static String closure(String type) {
    return switch (type) {
      case "String" -> "string";
      case "int", "float", "Number", "number", "jsx3.Boolean" -> "number";
      case "boolean", "Boolean" -> "boolean";
      case "Array" -> "Array<*>";
      case "Object" -> "Object<string, *>";
      case "function", "Function" -> "Function";
      case "HTMLElement" -> "Element";
      default -> type;
    };
  }
}
