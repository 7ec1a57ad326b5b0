package dev.encke.codegen.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Node;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.Assignment;
import org.mozilla.javascript.ast.ExpressionStatement;
import org.mozilla.javascript.ast.FunctionNode;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.VariableDeclaration;

/**
 * A top-level statement of a definition file with a JSDoc comment before it, found by this test
 * on its own, so that the generator's reader is checked against an independent count.
 *
 * @param file the file
 * @param line the statement's first line
 * @param name the qualified name it declares, or its source
 * @param isAlias whether it is a {@code @typedef}, which has no Java type of its own
 */
record Declaration(Path file, int line, String name, boolean isAlias) {

  /** The last segment of the name: the member name Java calls it by. */
  String memberName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  static List<Declaration> read(Path folder) throws IOException {
    List<Declaration> declarations = new ArrayList<>();
    List<Path> files;
    try (var walk = Files.walk(folder)) {
      files = walk.filter(path -> path.toString().endsWith(".js")).sorted().toList();
    }
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      CompilerEnvirons environment = new CompilerEnvirons();
      environment.setLanguageVersion(Context.VERSION_ES6);
      AstRoot root = new Parser(environment).parse(text, file.toString(), 1);
      int previousEnd = 0;
      for (Node child : root) {
        AstNode statement = (AstNode) child;
        int start = statement.getAbsolutePosition();
        String before = text.substring(previousEnd, start);
        previousEnd = start + statement.getLength();
        int doc = before.lastIndexOf("/**");
        if (doc >= 0) {
          declarations.add(new Declaration(file, statement.getLineno(), name(statement),
              before.substring(doc).contains("@typedef")));
        }
      }
    }
    return declarations;
  }

  private static String name(AstNode statement) {
    if (statement instanceof VariableDeclaration declaration) {
      return declaration.getVariables().get(0).getTarget().toSource();
    }
    if (statement instanceof FunctionNode function && function.getFunctionName() != null) {
      return function.getName();
    }
    if (statement instanceof ExpressionStatement expression) {
      AstNode value = expression.getExpression();
      AstNode target = value instanceof Assignment assignment ? assignment.getLeft() : value;
      if (target instanceof Name || target instanceof PropertyGet) {
        return target.toSource().replace(".prototype.", ".");
      }
    }
    return statement.toSource();
  }
}
