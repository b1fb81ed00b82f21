package io.switchboard.api.compat;

import io.switchboard.api.Beta;
import io.switchboard.api.HostProvided;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Lists the public API of compiled classes by reflection: every type of a package tree that code outside
 * it can reach, and each of its public members (and protected ones, where a subclass can reach them).
 *
 * <p>Left out, because no caller or implementor can depend on them differently: synthetic and bridge
 * methods, record accessors (the component line covers them), {@code values()} and {@code valueOf(String)}
 * of enums, and overrides of {@code equals}, {@code hashCode} and {@code toString}, which
 * {@code java.lang.Object} provides anyway.
 *
 * <p>The API's marker annotations, {@link Beta} and {@link HostProvided}, are recorded at the start of
 * the description of the element they annotate
 * ({@code type io.switchboard.api.channel.ChannelState: @HostProvided public interface}), so that {@link ApiDiff} can tell from the dump alone what a recorded
 * element promised, and adding or removing a marker shows as a change. They are read by reflection, so
 * they must be retained at run time.
 */
final class ApiDumper {

    /** The marker annotations recorded in the dump, in the order they are written. */
    private static final List<Class<? extends Annotation>> MARKERS = List.of(Beta.class, HostProvided.class);

    private static final List<String> KIND_ORDER =
            List.of("type", "sealed", "component", "enum-constant", "field", "constructor", "method");

    private ApiDumper() {
    }

    /**
     * The API of the classes below {@code classesDir} in {@code rootPackage} and its sub-packages.
     *
     * @param classesDir a directory of compiled classes, such as {@code target/classes}
     * @param rootPackage such as {@code io.switchboard.api}
     * @param parent resolves what the classes refer to outside {@code classesDir}
     * @return the elements, grouped by type, in a stable order (record components in declaration order,
     *     everything else by name)
     */
    static List<ApiElement> dump(Path classesDir, String rootPackage, ClassLoader parent) {
        Path root = classesDir.resolve(rootPackage.replace('.', '/'));
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no compiled classes of " + rootPackage + " in " + classesDir);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classesDir.toUri().toURL()}, parent);
             Stream<Path> files = Files.walk(root)) {
            List<ApiElement> elements = new ArrayList<>();
            for (String name : files.map(f -> binaryName(classesDir, f)).filter(n -> !n.isEmpty()).sorted().toList()) {
                Class<?> type = Class.forName(name, false, loader);
                if (isExported(type)) {
                    elements.addAll(describe(type));
                }
            }
            elements.sort(Comparator.comparing((ApiElement e) -> ApiElement.ownerOf(e.key()))
                    .thenComparing(e -> KIND_ORDER.indexOf(ApiElement.kindOf(e.key())))
                    .thenComparing(e -> ApiElement.kindOf(e.key()).equals("component") ? "" : e.key()));
            return List.copyOf(elements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load a compiled class", e);
        }
    }

    private static String binaryName(Path classesDir, Path file) {
        String relative = classesDir.relativize(file).toString().replace('\\', '/');
        if (!relative.endsWith(".class") || relative.endsWith("package-info.class")
                || relative.endsWith("module-info.class")) {
            return "";
        }
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }

    /** Whether code outside the package can name the type. */
    static boolean isExported(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        Class<?> outer = type.getDeclaringClass();
        if (outer == null) {
            return Modifier.isPublic(type.getModifiers());
        }
        return isExported(outer) && isVisible(type.getModifiers(), outer);
    }

    /** Public, or protected in a type that code outside the API can subclass. */
    private static boolean isVisible(int modifiers, Class<?> owner) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers) && isSubclassable(owner);
    }

    private static boolean isSubclassable(Class<?> type) {
        return !type.isInterface() && !Modifier.isFinal(type.getModifiers()) && !type.isSealed() && !type.isEnum()
                && Arrays.stream(type.getDeclaredConstructors())
                        .anyMatch(c -> Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()));
    }

    private static List<ApiElement> describe(Class<?> type) {
        List<ApiElement> elements = new ArrayList<>();
        elements.add(ApiElement.of("type " + type.getName(), typeDescription(type)));
        if (type.isSealed() && !type.isEnum()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                if (isExported(permitted)) {
                    elements.add(ApiElement.of("sealed " + type.getName() + " permits " + permitted.getName(), ""));
                }
            }
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                elements.add(ApiElement.of("component " + type.getName() + "#" + components[i].getName(),
                        TypeNames.of(components[i].getGenericType()) + ", index " + i));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (!field.isSynthetic() && isVisible(field.getModifiers(), type)) {
                elements.add(field.isEnumConstant()
                        ? ApiElement.of("enum-constant " + type.getName() + "#" + field.getName(),
                                markers(field).strip())
                        : ApiElement.of("field " + type.getName() + "#" + field.getName(),
                                markers(field) + modifiers(field) + TypeNames.of(field.getGenericType())));
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (!constructor.isSynthetic() && !type.isEnum() && isVisible(constructor.getModifiers(), type)) {
                elements.add(ApiElement.of("constructor " + type.getName() + "(" + parameters(constructor) + ")",
                        (markers(constructor) + modifiers(constructor)
                                + TypeNames.parameters(constructor.getTypeParameters())).strip()
                                + exceptions(constructor)));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isSynthetic() && !method.isBridge() && isVisible(method.getModifiers(), type)
                    && !isImplied(method, type)) {
                elements.add(new ApiElement("method " + type.getName() + "#" + method.getName()
                        + "(" + parameters(method) + ")", methodDescription(method, type),
                        requiresImplementation(method, type)));
            }
        }
        return elements;
    }

    private static String typeDescription(Class<?> type) {
        int modifiers = type.getModifiers();
        List<String> words = new ArrayList<>();
        String markers = markers(type).strip();
        if (!markers.isEmpty()) {
            words.add(markers);
        }
        words.add(Modifier.isPublic(modifiers) ? "public" : "protected");
        boolean plainClass = !type.isInterface() && !type.isEnum() && !type.isRecord();
        if (plainClass && Modifier.isAbstract(modifiers)) {
            words.add("abstract");
        }
        if (type.getDeclaringClass() != null && Modifier.isStatic(modifiers)) {
            words.add("static");
        }
        if (plainClass && Modifier.isFinal(modifiers)) {
            words.add("final");
        }
        if (!type.isEnum() && type.isSealed()) {
            words.add("sealed");
        } else if (isNonSealed(type)) {
            words.add("non-sealed");
        }
        words.add(type.isAnnotation() ? "@interface"
                : type.isInterface() ? "interface"
                : type.isEnum() ? "enum"
                : type.isRecord() ? "record"
                : "class");
        String typeParameters = TypeNames.parameters(type.getTypeParameters());
        if (!typeParameters.isEmpty()) {
            words.add(typeParameters);
        }
        Type superclass = type.getGenericSuperclass();
        if (plainClass && superclass != null && superclass != Object.class) {
            words.add("extends " + TypeNames.of(superclass));
        }
        List<String> interfaces = Arrays.stream(type.getGenericInterfaces())
                .filter(i -> !(type.isAnnotation() && i == java.lang.annotation.Annotation.class))
                .map(TypeNames::of).sorted().toList();
        if (!interfaces.isEmpty()) {
            words.add((type.isInterface() ? "extends " : "implements ") + String.join(", ", interfaces));
        }
        return String.join(" ", words);
    }

    private static boolean isNonSealed(Class<?> type) {
        if (Modifier.isFinal(type.getModifiers()) || type.isSealed() || type.isEnum() || type.isRecord()) {
            return false;
        }
        Class<?> superclass = type.getSuperclass();
        return superclass != null && superclass.isSealed()
                || Arrays.stream(type.getInterfaces()).anyMatch(Class::isSealed);
    }

    private static String methodDescription(Method method, Class<?> owner) {
        int modifiers = method.getModifiers();
        StringBuilder text = new StringBuilder(markers(method))
                .append(Modifier.isPublic(modifiers) ? "public " : "protected ");
        if (Modifier.isStatic(modifiers)) {
            text.append("static ");
        } else if (Modifier.isAbstract(modifiers)) {
            text.append("abstract ");
        } else if (method.isDefault()) {
            text.append("default ");
        }
        if (Modifier.isFinal(modifiers) && !cannotBeOverridden(owner)) {
            text.append("final ");
        }
        String typeParameters = TypeNames.parameters(method.getTypeParameters());
        if (!typeParameters.isEmpty()) {
            text.append(typeParameters).append(' ');
        }
        text.append(TypeNames.of(method.getGenericReturnType()));
        if (method.getDefaultValue() != null) {
            text.append(" (default: ").append(annotationValue(method.getDefaultValue())).append(')');
        }
        return text + exceptions(method);
    }

    /**
     * The marker annotations present on an element, each followed by a space, such as {@code "@Beta "};
     * empty when none. Matched by name, so that classes loaded apart from this test still show them.
     */
    private static String markers(AnnotatedElement element) {
        StringBuilder text = new StringBuilder();
        for (Class<? extends Annotation> marker : MARKERS) {
            if (Arrays.stream(element.getDeclaredAnnotations())
                    .anyMatch(a -> a.annotationType().getName().equals(marker.getName()))) {
                text.append('@').append(marker.getSimpleName()).append(' ');
            }
        }
        return text.toString();
    }

    private static String annotationValue(Object value) {
        if (value.getClass().isArray()) {
            return IntStream.range(0, Array.getLength(value)).mapToObj(i -> annotationValue(Array.get(value, i)))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof Class<?> c) {
            return c.getName() + ".class";
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getName() + "." + e.name();
        }
        return String.valueOf(value);
    }

    private static boolean requiresImplementation(Method method, Class<?> owner) {
        if (owner.isAnnotation()) {
            return method.getDefaultValue() == null;
        }
        if (!Modifier.isAbstract(method.getModifiers()) || owner.isSealed()) {
            return false;
        }
        return owner.isInterface() || isSubclassable(owner);
    }

    /** Members the compiler or {@code Object} provides whatever the source says. */
    private static boolean isImplied(Method method, Class<?> owner) {
        String name = method.getName();
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length == 0 && (name.equals("hashCode") || name.equals("toString"))
                || parameters.length == 1 && name.equals("equals") && parameters[0] == Object.class) {
            return true;
        }
        if (owner.isEnum() && Modifier.isStatic(method.getModifiers())
                && (name.equals("values") && parameters.length == 0
                || name.equals("valueOf") && parameters.length == 1 && parameters[0] == String.class)) {
            return true;
        }
        return owner.isRecord() && parameters.length == 0
                && Arrays.stream(owner.getRecordComponents()).anyMatch(c -> c.getName().equals(name));
    }

    private static boolean cannotBeOverridden(Class<?> owner) {
        return Modifier.isFinal(owner.getModifiers()) || owner.isRecord() || owner.isEnum();
    }

    private static String modifiers(Member member) {
        int modifiers = member.getModifiers();
        StringBuilder text = new StringBuilder(Modifier.isPublic(modifiers) ? "public " : "protected ");
        if (Modifier.isStatic(modifiers)) {
            text.append("static ");
        }
        if (Modifier.isFinal(modifiers) && member instanceof Field) {
            text.append("final ");
        }
        return text.toString();
    }

    private static String parameters(Executable executable) {
        Type[] generic = executable.getGenericParameterTypes();
        Type[] types = generic.length == executable.getParameterCount() ? generic : executable.getParameterTypes();
        List<String> names = Arrays.stream(types).map(TypeNames::of).collect(Collectors.toCollection(ArrayList::new));
        if (executable.isVarArgs()) {
            String last = names.remove(names.size() - 1);
            names.add(last.substring(0, last.length() - 2) + "...");
        }
        return String.join(", ", names);
    }

    private static String exceptions(Executable executable) {
        Type[] exceptions = executable.getGenericExceptionTypes();
        if (exceptions.length == 0) {
            return "";
        }
        return " throws " + Arrays.stream(exceptions).map(TypeNames::of).sorted().collect(Collectors.joining(", "));
    }
}
