package dev.encke.codegen.emit;

import com.palantir.javapoet.CodeBlock;

/** Turns definition descriptions into Javadoc text that cannot end the comment early. */
final class Javadoc {

  private Javadoc() {}

  static String escape(String text) {
    return text.replace("*/", "*&#47;");
  }

  /** The description as a Javadoc paragraph, with a trailing newline; empty when there is none. */
  static CodeBlock text(String description) {
    return description.isEmpty()
        ? CodeBlock.of("")
        : CodeBlock.of("$L\n", escape(description));
  }
}
