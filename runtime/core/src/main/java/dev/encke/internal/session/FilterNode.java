package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.encke.DataFilter;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one implementation of {@link DataFilter}: a tree of page, attribute, and, or and not nodes,
 * which writes itself as JSON and reads itself back on another node. Immutable.
 */
public final class FilterNode implements DataFilter {

  private enum Op { PAGE, IN, PRESENT, AND, OR, NOT }

  private final Op op;
  private final String name;
  private final Set<String> values;
  private final List<FilterNode> children;

  private FilterNode(Op op, String name, Set<String> values, List<FilterNode> children) {
    this.op = op;
    this.name = name;
    this.values = values;
    this.children = children;
  }

  public static FilterNode page(String path) {
    return new FilterNode(Op.PAGE, Objects.requireNonNull(path, "path == null"), Set.of(),
        List.of());
  }

  public static FilterNode attributeIn(String name, Set<String> values) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(values, "values == null");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("attributeIn(\"" + name + "\") needs at least one value");
    }
    return new FilterNode(Op.IN, name, Set.copyOf(values), List.of());
  }

  public static FilterNode attributePresent(String name) {
    return new FilterNode(Op.PRESENT, Objects.requireNonNull(name, "name == null"), Set.of(),
        List.of());
  }

  @Override
  public boolean matches(ScriptSession session) {
    return switch (op) {
      case PAGE -> session.page().equals(name);
      case IN -> session.attribute(name).map(String::valueOf).filter(values::contains).isPresent();
      case PRESENT -> session.attribute(name).isPresent();
      case AND -> children.stream().allMatch(child -> child.matches(session));
      case OR -> children.stream().anyMatch(child -> child.matches(session));
      case NOT -> !children.get(0).matches(session);
    };
  }

  @Override
  public ScriptSessionFilter and(ScriptSessionFilter other) {
    return other instanceof DataFilter data ? and(data) : DataFilter.super.and(other);
  }

  @Override
  public DataFilter and(DataFilter other) {
    return new FilterNode(Op.AND, "", Set.of(), List.of(this, cast(other)));
  }

  @Override
  public DataFilter or(DataFilter other) {
    return new FilterNode(Op.OR, "", Set.of(), List.of(this, cast(other)));
  }

  @Override
  public DataFilter negate() {
    return new FilterNode(Op.NOT, "", Set.of(), List.of(this));
  }

  private static FilterNode cast(DataFilter other) {
    return (FilterNode) Objects.requireNonNull(other, "other == null");
  }

  /** This filter as JSON, such as {@code {"op":"IN","name":"symbol","values":["ACME"]}}. */
  public JsonNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("op", op.name());
    switch (op) {
      case PAGE, PRESENT -> node.put("name", name);
      case IN -> {
        node.put("name", name);
        ArrayNode list = node.putArray("values");
        new TreeSet<>(values).forEach(list::add);
      }
      default -> {
        ArrayNode list = node.putArray("of");
        children.forEach(child -> list.add(child.toJson()));
      }
    }
    return node;
  }

  /**
   * Reads what {@link #toJson()} wrote.
   *
   * @throws IllegalArgumentException quoting the node when it is not a filter
   */
  public static FilterNode fromJson(JsonNode node) {
    Op op = parseOp(node);
    switch (op) {
      case PAGE:
        return page(text(node, "name"));
      case PRESENT:
        return attributePresent(text(node, "name"));
      case IN: {
        Set<String> values = new TreeSet<>();
        node.path("values").forEach(value -> values.add(value.asText()));
        return attributeIn(text(node, "name"), values);
      }
      default: {
        List<FilterNode> children = new ArrayList<>();
        node.path("of").forEach(child -> children.add(fromJson(child)));
        if (children.isEmpty() || (op == Op.NOT && children.size() != 1)) {
          throw new IllegalArgumentException("not a filter: " + node);
        }
        return new FilterNode(op, "", Set.of(), List.copyOf(children));
      }
    }
  }

  private static Op parseOp(JsonNode node) {
    try {
      return Op.valueOf(node.path("op").asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a filter: " + node, e);
    }
  }

  private static String text(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field)).filter(JsonNode::isTextual).map(JsonNode::asText)
        .orElseThrow(() -> new IllegalArgumentException("not a filter: " + node));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FilterNode node && toJson().equals(node.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return toJson().toString();
  }
}
