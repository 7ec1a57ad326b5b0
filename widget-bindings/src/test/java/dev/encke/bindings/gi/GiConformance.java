package dev.encke.bindings.gi;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.Browser;
import dev.encke.ScriptSession;
import dev.encke.bindings.gi.GiApi.GiClass;
import dev.encke.bindings.gi.GiApi.Method;
import dev.encke.js.JsObject;
import dev.encke.testkit.PushRecorder;
import dev.encke.testkit.PushedCommand;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks proxy types against GI's API documentation: the GI class each stands for exists and is a
 * class or an interface as the proxy is; its Java superclass and interfaces are among GI's; every
 * constant exists with its value; every method calls a function GI documents for that class (its
 * own or inherited), with no more parameters than GI's and each of a type GI allows there, and
 * a value or proxy it returns is of the type GI returns. What a method calls is found by calling it
 * with stand-in arguments and reading the command it records, so the names checked are those the
 * page receives. Not thread-safe.
 */
final class GiConformance {

  /** How Java types stand for GI's: GI writes {@code int} where JavaScript has a number. */
  private static final Map<Class<?>, Set<String>> GI_TYPES = Map.ofEntries(
      Map.entry(int.class, Set.of("int", "Number", "jsx3.Boolean")),
      Map.entry(Integer.class, Set.of("int", "Number", "jsx3.Boolean")),
      Map.entry(long.class, Set.of("int", "Number")),
      Map.entry(double.class, Set.of("Number", "float")),
      Map.entry(Double.class, Set.of("Number", "float")),
      Map.entry(boolean.class, Set.of("boolean", "Boolean")),
      Map.entry(Boolean.class, Set.of("boolean", "Boolean")),
      Map.entry(String.class, Set.of("String")),
      Map.entry(Map.class, Set.of("Object")),
      Map.entry(List.class, Set.of("Array")));
  /** A Date reaches the server as its toJSON, ISO 8601 text. */
  private static final Set<String> STRING_RESULTS = Set.of("String", "Date");
  private static final Set<String> CALLBACKS = Set.of("function", "Function");
  /** The function a reference ends in calling, in JsRef's description: {@code a.b(…)}. */
  private static final Pattern LAST_CALL = Pattern.compile("\\.([A-Za-z_$][\\w$]*)\\(…\\)$");

  private final GiApi api;
  private final PushRecorder pushes;
  private final ScriptSession page;
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> problems = new ArrayList<>();
  private final StandIns standIns = new StandIns();

  GiConformance(GiApi api, PushRecorder pushes) {
    this.api = api;
    this.pushes = pushes;
    this.page = pushes.openPage("/conformance.html");
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Checks {@code type} against the GI class {@code giName}; returns its method and constant count. */
  Coverage check(Class<?> type, String giName) {
    Optional<GiClass> found = api.find(giName);
    if (found.isEmpty()) {
      problems.add(type.getName() + ": GI documents no " + giName);
      return new Coverage(giName, 0, 0);
    }
    GiClass gi = found.get();
    if (gi.isInterface() != type.isInterface()) {
      problems.add(type.getName() + ": " + giName + (gi.isInterface() ? " is" : " is not")
          + " an interface in GI");
    }
    checkSupertypes(type, gi);
    int constants = checkConstants(type, gi);
    int methods = 0;
    for (java.lang.reflect.Method method : type.getMethods()) {
      if (offered(method)) {
        checkMethod(type, gi, method);
        methods++;
      }
    }
    return new Coverage(giName, methods, constants);
  }

  /** A GI class, with how many methods and constants of it the binding offers. */
  record Coverage(String giName, int methods, int constants) {}

  private static boolean offered(java.lang.reflect.Method method) {
    Class<?> owner = method.getDeclaringClass();
    return owner != Object.class && owner != JsObject.class && !method.isSynthetic()
        && !(method.getName().equals("ref") && method.getParameterCount() == 0);
  }

  private void checkSupertypes(Class<?> type, GiClass gi) {
    Class<?> superclass = type.getSuperclass();
    if (superclass != null && superclass != JsObject.class && superclass != Object.class
        && !gi.superclasses().contains(GiNames.of(superclass))) {
      problems.add(type.getName() + ": GI's " + gi.name() + " does not extend "
          + GiNames.of(superclass));
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (!gi.interfaces().contains(GiNames.of(implemented))) {
        problems.add(type.getName() + ": GI's " + gi.name() + " does not implement "
            + GiNames.of(implemented));
      }
    }
  }

  private int checkConstants(Class<?> type, GiClass gi) {
    int count = 0;
    for (java.lang.reflect.Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isPublic(modifiers) || !Modifier.isStatic(modifiers)) {
        continue;
      }
      count++;
      GiApi.Field documented = gi.fields().get(GiApi.key(true, field.getName()));
      String where = type.getName() + "." + field.getName();
      if (documented == null) {
        problems.add(where + ": GI's " + gi.name() + " has no constant " + field.getName());
        continue;
      }
      try {
        String value = json.writeValueAsString(field.get(null));
        if (!value.equals(documented.value())) {
          problems.add(where + " is " + value + ", GI's is " + documented.value());
        }
      } catch (ReflectiveOperationException | java.io.IOException e) {
        problems.add(where + ": cannot read it: " + e);
      }
      if (!documented.types().isEmpty()
          && documented.types().stream().noneMatch(accepted(field.getType(), false)::contains)) {
        problems.add(where + " is a " + field.getType().getSimpleName() + ", GI's a "
            + documented.types());
      }
    }
    return count;
  }

  private void checkMethod(Class<?> type, GiClass gi, java.lang.reflect.Method method) {
    String where = type.getSimpleName() + "." + method.getName() + List.of(method
        .getParameterTypes()).stream().map(Class::getSimpleName).toList();
    Call call;
    try {
      call = call(type, method);
    } catch (ReflectiveOperationException | RuntimeException e) {
      problems.add(where + ": cannot call it with stand-ins: " + e);
      return;
    }
    Method documented = call.constructor() ? gi.constructor().orElse(null)
        : api.method(gi, GiApi.key(false, call.function())).orElse(null);
    if (documented == null) {
      problems.add(where + " calls " + call.function() + ", which GI's " + gi.name()
          + " does not document");
      return;
    }
    List<Class<?>> sent = call.sentParameters();
    if (sent.size() > documented.params().size()) {
      problems.add(where + " sends " + sent.size() + " arguments, GI's " + gi.name() + "."
          + documented.name() + " takes " + documented.params().size());
      return;
    }
    for (int i = 0; i < sent.size(); i++) {
      GiApi.Param param = documented.params().get(i);
      if (param.types().stream().noneMatch(passable(sent.get(i))::contains)) {
        problems.add(where + ": parameter " + (i + 1) + " is a " + sent.get(i).getSimpleName()
            + ", GI's " + param.name() + " a " + param.types());
      }
    }
    Class<?> result = call.result();
    if (result != null && documented.returns().stream().noneMatch(accepted(result, true)::contains)) {
      problems.add(where + " returns a " + result.getSimpleName() + ", GI's " + gi.name() + "."
          + documented.name() + " a " + documented.returns());
    }
  }

  // A proxy argument may be of a subclass of what GI takes: a Painted is a Model.
  private Set<String> passable(Class<?> javaType) {
    Set<String> types = new HashSet<>(accepted(javaType, false));
    if (isProxy(javaType)) {
      api.find(GiNames.of(javaType)).ifPresent(gi -> {
        types.addAll(gi.superclasses());
        types.addAll(gi.interfaces());
      });
    }
    return types;
  }

  private static boolean isProxy(Class<?> javaType) {
    return JsObject.class.isAssignableFrom(javaType) || javaType.isInterface()
        && javaType.getPackageName().startsWith(GiNames.JAVA_PACKAGE);
  }

  private Set<String> accepted(Class<?> javaType, boolean result) {
    if (result && javaType == String.class) {
      return STRING_RESULTS;
    }
    if (isProxy(javaType)) {
      return Set.of(GiNames.of(javaType));
    }
    if (standIns.isCallback(javaType)) {
      return CALLBACKS;
    }
    return GI_TYPES.getOrDefault(javaType, Set.of());
  }

  /** What calling {@code method} recorded: the JavaScript function and the types that went. */
  private record Call(String function, boolean constructor, List<Class<?>> sentParameters,
      Class<?> result) {}

  private Call call(Class<?> type, java.lang.reflect.Method method)
      throws ReflectiveOperationException {
    Object receiver = Modifier.isStatic(method.getModifiers()) ? null : standIns.proxy(type);
    Object[] args = standIns.arguments(method);
    pushes.clear();
    Object[] returned = new Object[1];
    ReflectiveOperationException[] failure = new ReflectiveOperationException[1];
    Browser.withSession(page.id(), () -> {
      try {
        returned[0] = method.invoke(receiver, args);
      } catch (ReflectiveOperationException e) {
        failure[0] = e;
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
    List<Class<?>> sent = new ArrayList<>();
    for (Class<?> parameter : method.getParameterTypes()) {
      if (parameter != Class.class) {
        sent.add(parameter);
      }
    }
    List<PushedCommand> commands = pushes.commandsTo(page);
    if (!commands.isEmpty()) {
      PushedCommand last = commands.get(commands.size() - 1);
      boolean constructor = last.operation().equals("new");
      Class<?> result = returned[0] instanceof CompletableFuture<?> ? valueType(method) : null;
      return new Call(constructor ? "init" : last.member(), constructor, sent, result);
    }
    if (returned[0] instanceof JsObject proxy) {
      Matcher lookup = LAST_CALL.matcher(proxy.ref().toString());
      if (lookup.find()) {
        return new Call(lookup.group(1), false, sent, proxyType(method));
      }
    }
    throw new IllegalStateException("it recorded no command and returned no proxy");
  }

  private static Class<?> proxyType(java.lang.reflect.Method method) {
    Type type = method.getGenericReturnType();
    if (type instanceof TypeVariable<?> variable) {
      return (Class<?>) variable.getBounds()[0];
    }
    return method.getReturnType();
  }

  private static Class<?> valueType(java.lang.reflect.Method method) {
    Type value = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
    return value instanceof ParameterizedType generic ? (Class<?>) generic.getRawType()
        : (Class<?>) value;
  }
}
