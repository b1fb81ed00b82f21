package io.switchboard.api.compat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Renders reflected types as Java-like text with binary names ({@code java.util.List<java.lang.String>},
 * {@code io.switchboard.api.channel.DeliveryResult$Sent}, {@code T extends java.lang.Comparable<? super T>}),
 * the same on every JDK.
 */
final class TypeNames {

    private TypeNames() {
    }

    static String of(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? of(c.getComponentType()) + "[]" : c.getName();
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            String base = p.getOwnerType() instanceof ParameterizedType owner
                    ? of(owner) + "$" + raw.getSimpleName()
                    : raw.getName();
            return base + "<" + list(p.getActualTypeArguments()) + ">";
        }
        if (type instanceof TypeVariable<?> v) {
            return v.getName();
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + bounds(w.getLowerBounds());
            }
            return isObjectOnly(w.getUpperBounds()) ? "?" : "? extends " + bounds(w.getUpperBounds());
        }
        if (type instanceof GenericArrayType a) {
            return of(a.getGenericComponentType()) + "[]";
        }
        throw new IllegalArgumentException("unknown kind of type: " + type);
    }

    /** Comma-separated types, as in a type argument or parameter list. */
    static String list(Type... types) {
        return Arrays.stream(types).map(TypeNames::of).collect(Collectors.joining(", "));
    }

    /** Type parameters with their bounds, such as {@code <K, V extends java.lang.Number>}; empty when none. */
    static String parameters(TypeVariable<?>... variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables)
                .map(v -> isObjectOnly(v.getBounds()) ? v.getName() : v.getName() + " extends " + bounds(v.getBounds()))
                .collect(Collectors.joining(", ", "<", ">"));
    }

    private static String bounds(Type[] bounds) {
        return Arrays.stream(bounds).map(TypeNames::of).collect(Collectors.joining(" & "));
    }

    private static boolean isObjectOnly(Type[] bounds) {
        return bounds.length == 0 || bounds.length == 1 && bounds[0] == Object.class;
    }
}
