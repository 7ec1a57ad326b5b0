package dev.encke.codegen.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A function of a namespace or class: {@code ns.name = function (…) {}}, {@code
 * C.prototype.name = function (…) {}}, or a descriptor method. Build with {@link #builder}.
 *
 * @param name the JavaScript name, used on the wire
 * @param javaName the Java method name
 * @param isStatic whether it is called on the namespace or constructor rather than an instance
 * @param templates the names of its own {@code @template} types
 * @param leadingArguments strings passed before the parameters, as in {@code on("click",
 *     listener)}: a descriptor's {@code @LeadingArguments}, or the name of a property read and
 *     written through accessor functions
 * @param parameters the parameters in order
 * @param returnType what it returns; {@link JsType.Undefined} for nothing
 * @param returnDescription the {@code @return} text
 * @param doc its documentation
 * @param traits how the Java method differs from a plain call
 * @param location where it was declared
 */
public record FunctionDef(
    String name,
    String javaName,
    boolean isStatic,
    List<String> templates,
    List<String> leadingArguments,
    List<Parameter> parameters,
    JsType returnType,
    String returnDescription,
    Doc doc,
    Set<Trait> traits,
    Location location) {

  /** How the Java method differs from a plain call. */
  public enum Trait {
    /** The function returns its receiver; the Java method returns the proxy so calls chain. */
    FLUENT,
    /** The caller names the proxy type of the returned object with a {@code Class<T>} argument. */
    LOOKUP,
    /** The Java method overrides one of a supertype. */
    OVERRIDE,
    /**
     * Declared with {@code @override} and no signature of its own: the supertype's function of
     * the same name gives its signature and documentation.
     */
    REDECLARED
  }

  public FunctionDef {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(javaName, "javaName == null");
    templates = List.copyOf(templates);
    leadingArguments = List.copyOf(leadingArguments);
    parameters = List.copyOf(parameters);
    traits = traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
  }

  public static Builder builder(String name, Location location) {
    return new Builder(name, location);
  }

  public boolean is(Trait trait) {
    return traits.contains(trait);
  }

  public Builder toBuilder() {
    Builder builder = new Builder(name, location);
    builder.javaName = javaName;
    builder.isStatic = isStatic;
    builder.templates.addAll(templates);
    builder.leadingArguments.addAll(leadingArguments);
    builder.parameters.addAll(parameters);
    builder.returnType = returnType;
    builder.returnDescription = returnDescription;
    builder.doc = doc;
    builder.traits.addAll(traits);
    return builder;
  }

  /** Builds a {@link FunctionDef}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private Location location;
    private String javaName;
    private boolean isStatic;
    private final List<String> templates = new ArrayList<>();
    private final List<String> leadingArguments = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();
    private JsType returnType = new JsType.Undefined();
    private String returnDescription = "";
    private Doc doc = Doc.EMPTY;
    private final Set<Trait> traits = EnumSet.noneOf(Trait.class);

    private Builder(String name, Location location) {
      this.name = name;
      this.javaName = name;
      this.location = location;
    }

    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    public Builder javaName(String javaName) {
      this.javaName = javaName;
      return this;
    }

    public Builder isStatic(boolean isStatic) {
      this.isStatic = isStatic;
      return this;
    }

    public Builder templates(List<String> templates) {
      this.templates.clear();
      this.templates.addAll(templates);
      return this;
    }

    public Builder leadingArguments(List<String> leadingArguments) {
      this.leadingArguments.clear();
      this.leadingArguments.addAll(leadingArguments);
      return this;
    }

    public Builder parameters(List<Parameter> parameters) {
      this.parameters.clear();
      this.parameters.addAll(parameters);
      return this;
    }

    public Builder returnType(JsType returnType) {
      this.returnType = returnType;
      return this;
    }

    public Builder returnDescription(String returnDescription) {
      this.returnDescription = returnDescription;
      return this;
    }

    public Builder doc(Doc doc) {
      this.doc = doc;
      return this;
    }

    public Builder trait(Trait trait) {
      traits.add(trait);
      return this;
    }

    public Builder withoutTrait(Trait trait) {
      traits.remove(trait);
      return this;
    }

    public FunctionDef build() {
      return new FunctionDef(name, javaName, isStatic, templates, leadingArguments, parameters,
          returnType, returnDescription, doc, traits, location);
    }
  }
}
