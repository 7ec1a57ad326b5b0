package dev.encke.codegen.model;

import java.nio.file.Path;

/** Where a definition came from: a file and a 1-based line and column. */
public record Location(Path file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
