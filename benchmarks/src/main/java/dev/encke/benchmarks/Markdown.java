package dev.encke.benchmarks;

import java.util.List;

/** The report's text as it is written: lines, sections and table rows. */
final class Markdown {

  private final StringBuilder out = new StringBuilder();

  void line(String text) {
    out.append(text).append('\n');
  }

  void section(String title) {
    line("");
    line("## " + title);
    line("");
  }

  /** A table's header row and its alignment row; {@code right} columns hold numbers. */
  void header(List<String> columns, int leftColumns) {
    row(columns);
    StringBuilder rule = new StringBuilder("|");
    for (int i = 0; i < columns.size(); i++) {
      rule.append(i < leftColumns ? "---|" : "---:|");
    }
    line(rule.toString());
  }

  void row(List<String> cells) {
    line("| " + String.join(" | ", cells) + " |");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
