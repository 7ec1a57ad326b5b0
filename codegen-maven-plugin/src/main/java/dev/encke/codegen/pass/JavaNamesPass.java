package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Definitions;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.Parameter;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * Renames parameters whose JavaScript names are Java keywords, predictably, by appending an
 * underscore: {@code default} becomes {@code default_}. Function names keep their JavaScript
 * spelling for the wire and are checked by {@link ValidationPass}.
 */
final class JavaNamesPass implements Pass {

  @Override
  public Definitions applyTo(Definitions definitions, Problems problems) {
    return new Definitions(
        definitions.namespaces().stream().map(JavaNamesPass::renameParameters).toList());
  }

  private static NamespaceDef renameParameters(NamespaceDef namespace) {
    List<FunctionDef> functions =
        namespace.functions().stream()
            .map(
                function ->
                    new FunctionDef(
                        function.name(),
                        function.parameters().stream().map(JavaNamesPass::rename).toList(),
                        function.returnType(),
                        function.description(),
                        function.location()))
            .toList();
    return namespace.withFunctions(functions);
  }

  private static Parameter rename(Parameter parameter) {
    return SourceVersion.isKeyword(parameter.name())
        ? new Parameter(parameter.name() + "_", parameter.type(), parameter.description())
        : parameter;
  }
}
