package dev.encke.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.encke.codegen.model.Doc;
import dev.encke.codegen.model.Requirements;
import dev.encke.codegen.model.TypeDef;
import java.util.List;

/** The Javadoc and annotations every generated type starts with. Stateless. */
final class TypeHeader {

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName SCRIPTS = ClassName.get("dev.encke.binding", "Scripts");
  static final ClassName AMD_MODULES = ClassName.get("dev.encke.binding", "AmdModules");
  static final ClassName LIBRARY = ClassName.get("dev.encke.binding", "Library");
  static final String GENERATOR_NAME = "dev.encke.codegen";

  private TypeHeader() {}

  /**
   * Adds the documentation, {@code @Generated} to top-level types and {@code @Deprecated}.
   *
   * @param kind how the origin is called in "Generated from the JavaScript {@code kind}"
   */
  static void add(TypeSpec.Builder type, TypeDef definition, String kind, JavaTypes types) {
    Doc doc = definition.doc();
    boolean described = !doc.description().isEmpty() || !doc.tags().isEmpty();
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add(Javadoc.description(doc))
        .add(Javadoc.otherTags(doc));
    // Types nested in a generated type were written inline in its signatures; their own
    // documentation says where.
    if (!definition.javaName().isNested()) {
      javadoc.add("$LGenerated from the JavaScript $L {@code $L}.\n", described ? "\n<p>" : "",
          kind, definition.name());
    }
    CodeBlock tags = Javadoc.tags(doc, types);
    if (!tags.isEmpty()) {
      javadoc.add("\n").add(tags);
    }
    type.addJavadoc(Javadoc.wrapped(javadoc.build()));
    if (!definition.javaName().isNested()) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED)
          .addMember("value", "$S", GENERATOR_NAME)
          .build());
    }
    if (doc.deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
  }

  /**
   * {@code @Library}, {@code @Scripts} and {@code @AmdModules}, which tell the runtime what pages
   * must load.
   */
  static void requirements(TypeSpec.Builder type, Requirements requirements) {
    if (!requirements.library().isEmpty()) {
      type.addAnnotation(AnnotationSpec.builder(LIBRARY)
          .addMember("value", "$S", requirements.library())
          .build());
    }
    if (!requirements.scripts().isEmpty()) {
      type.addAnnotation(values(SCRIPTS, requirements.scripts()));
    }
    if (!requirements.amdModules().isEmpty()) {
      type.addAnnotation(values(AMD_MODULES, requirements.amdModules()));
    }
  }

  /** {@code @Scripts("a.js")}, or {@code @Scripts({"a.js", "b.js"})} on one line. */
  private static AnnotationSpec values(ClassName annotation, List<String> values) {
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < values.size(); i++) {
      list.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    CodeBlock value = values.size() == 1 ? list.build() : CodeBlock.of("{$L}", list.build());
    return AnnotationSpec.builder(annotation).addMember("value", "$L", value).build();
  }

  /** {@code JsRef.global("dijit", "form", "Button")}. */
  static CodeBlock globalRef(String qualifiedName) {
    CodeBlock.Builder path = CodeBlock.builder();
    String[] segments = qualifiedName.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      path.add(i == 0 ? "$S" : ", $S", segments[i]);
    }
    return CodeBlock.of("$T.global($L)", JavaTypes.JS_REF, path.build());
  }
}
