package dev.encke.codegen.jsdoc;

/** A JSDoc comment or type expression that does not follow the grammar, at a file offset. */
final class JsDocSyntaxException extends RuntimeException {

  private final int offset;

  JsDocSyntaxException(int offset, String message) {
    super(message);
    this.offset = offset;
  }

  int offset() {
    return offset;
  }
}
