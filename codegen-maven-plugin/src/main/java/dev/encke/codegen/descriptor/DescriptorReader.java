package dev.encke.codegen.descriptor;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Accessors;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.Doc;
import dev.encke.codegen.model.JavaName;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.Requirements;
import dev.encke.codegen.model.TypeDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads binding descriptors, Java interfaces annotated with {@code @JsNamespace} or {@code
 * @JsClass}, with JavaParser and without compiling them, and lowers them to the same model the
 * definitions give. Problems go to {@link Problems} with file, line and column. Not thread-safe:
 * one reader per run.
 */
public final class DescriptorReader {

  private static final Pattern FOUND = Pattern.compile("Found \"(.*?)\"");

  private final Problems problems;
  /** Made on first use: JavaParser takes a while to load, and most runs have no descriptor. */
  private JavaParser parser;
  private final List<TypeDef> types = new ArrayList<>();

  public DescriptorReader(Problems problems) {
    this.problems = problems;
  }

  /** Reads the descriptors in {@code text}, the content of {@code file}. */
  public void read(Path file, String text) {
    if (parser == null) {
      parser = new JavaParser(new ParserConfiguration()
          .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    }
    ParseResult<CompilationUnit> result = parser.parse(text);
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      result.getProblems().forEach(problem -> syntaxError(file, problem));
      return;
    }
    CompilationUnit unit = result.getResult().get();
    JavaTypeReader typeReader = new JavaTypeReader(unit);
    for (TypeDeclaration<?> declaration : unit.getTypes()) {
      try {
        types.add(type(declaration, typeReader, file, problems));
      } catch (DescriptorException e) {
        problems.error(location(file, e.node()), e.getMessage());
      }
    }
  }

  /** The descriptors of every file read. */
  public List<TypeDef> types() {
    return List.copyOf(types);
  }

  private static TypeDef type(TypeDeclaration<?> declaration, JavaTypeReader typeReader,
      Path file, Problems problems) {
    if (!(declaration instanceof ClassOrInterfaceDeclaration type) || !type.isInterface()) {
      throw new DescriptorException(declaration, "descriptor \"" + declaration.getNameAsString()
          + "\" is not an interface");
    }
    Optional<String> namespace = Annotations.stringValue(type, "JsNamespace");
    Optional<String> jsClass = Annotations.stringValue(type, "JsClass");
    if (namespace.isEmpty() == jsClass.isEmpty()) {
      throw new DescriptorException(type, "descriptor \"" + type.getNameAsString()
          + "\" needs exactly one of @JsNamespace(\"…\") and @JsClass(\"…\")");
    }
    JavaName javaName = JavaName.of(typeReader.packageName(), type.getNameAsString());
    Location location = location(file, type);
    Doc doc = Docs.of(type);
    Requirements requirements = new Requirements(Annotations.stringValues(type, "Scripts"),
        Annotations.stringValues(type, "AmdModules"),
        Annotations.stringValue(type, "Library").orElse(""));
    MemberReader members = new MemberReader(typeReader, file, namespace.isPresent(), problems);
    members.read(type);
    if (namespace.isPresent()) {
      return new NamespaceDef(namespace.get(), javaName, doc, members.functions(),
          members.properties(), requirements, false, location);
    }
    List<JsType> supertypes = new ArrayList<>();
    for (ClassOrInterfaceType extended : type.getExtendedTypes()) {
      supertypes.add(typeReader.read(extended));
    }
    return ClassDef.builder(jsClass.get(), ClassDef.Kind.CLASS, location)
        .javaName(javaName)
        .doc(doc)
        .superClass(supertypes.isEmpty() ? null : supertypes.get(0))
        .interfaces(supertypes.isEmpty() ? List.of() : supertypes.subList(1, supertypes.size()))
        .functions(members.functions())
        .properties(members.properties())
        .requirements(requirements)
        .accessors(accessors(type))
        .build();
  }

  /** {@code @PropertyAccessors(get = "get", set = "set")}, or null. */
  private static Accessors accessors(ClassOrInterfaceDeclaration type) {
    if (!Annotations.has(type, "PropertyAccessors")) {
      return null;
    }
    Optional<String> getter = Annotations.member(type, "PropertyAccessors", "get");
    Optional<String> setter = Annotations.member(type, "PropertyAccessors", "set");
    if (getter.isEmpty() || setter.isEmpty()) {
      throw new DescriptorException(type, "@PropertyAccessors of \"" + type.getNameAsString()
          + "\" needs both get = \"…\" and set = \"…\"");
    }
    return new Accessors(getter.get(), setter.get());
  }

  static Location location(Path file, Node node) {
    return node.getBegin()
        .map(position -> new Location(file, position.line, position.column))
        .orElse(new Location(file, 1, 1));
  }

  /**
   * Reports a JavaParser syntax error at the token it found, quoting it: JavaParser's range starts
   * at the last token it accepted, and its message lists every token it would have accepted.
   */
  private void syntaxError(Path file, com.github.javaparser.Problem problem) {
    Matcher found = FOUND.matcher(problem.getMessage());
    String token = found.find() ? found.group(1) : null;
    Position at = new Position(1, 1);
    if (problem.getLocation().isPresent()) {
      TokenRange range = problem.getLocation().get();
      at = range.getBegin().getRange().map(r -> r.begin).orElse(at);
      for (JavaToken candidate : range) {
        if (candidate.getText().equals(token) && candidate.getRange().isPresent()) {
          at = candidate.getRange().get().begin;
          break;
        }
      }
    }
    String message =
        token == null ? firstLine(problem.getMessage()) : "unexpected \"" + token + "\"";
    problems.error(file, at.line, at.column, message);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
