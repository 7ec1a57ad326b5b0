package dev.encke.codegen.descriptor;

import com.github.javaparser.ast.Node;

/** Something in a descriptor the generator cannot read, at the node that says it. */
final class DescriptorException extends RuntimeException {

  private final transient Node node;

  DescriptorException(Node node, String message) {
    super(message);
    this.node = node;
  }

  Node node() {
    return node;
  }
}
