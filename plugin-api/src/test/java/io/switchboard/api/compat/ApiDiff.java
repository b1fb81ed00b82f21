package io.switchboard.api.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the current API differs from a recorded one, each difference sorted into incompatible (code built
 * against the recorded API may no longer compile, link or run) or compatible.
 *
 * <ul>
 *   <li>An element of the dump that is missing now, or whose line changed, is incompatible; a removed type
 *       is listed once, with the number of its members that went with it.</li>
 *   <li>Some changes of a line are compatible: an abstract method that gained a body ({@code abstract}
 *       became {@code default} in an interface, or the method became concrete in a class), and a type that
 *       lost {@code @HostProvided} (plugins may now implement it; the host gives up adding abstract methods
 *       to it). A type that gained {@code @HostProvided} is incompatible: plugins were allowed to implement
 *       it, and the marker would let a later minor version add abstract methods that break them.</li>
 *   <li>A new element is compatible, except a new abstract method that code outside the API must implement
 *       ({@link ApiElement#requiresImplementation()}) in a type that existed before: plugins implement the
 *       API's interfaces. That exception does not apply to a type recorded as {@code @HostProvided}: only the
 *       host implements it. A new permitted subtype of a sealed type, a new enum constant, a new default or
 *       static method, a new type are all compatible.</li>
 *   <li>An element recorded as {@code @Beta}, or as a member of a {@code @Beta} type (or nested in one), is
 *       exempt: its removal, any change to it, and a new abstract method in a {@code @Beta} type are listed
 *       as compatible, marked {@code (exempt as @Beta)}. Adding {@code @Beta} to a recorded element that
 *       did not have it is a change to a stable element, so incompatible.</li>
 * </ul>
 *
 * <p>What an element promised is always read from the recorded dump, not from the current API, so that
 * adding a marker cannot excuse a change made in the same step.
 *
 * @param incompatible the incompatible differences, one description each
 * @param compatible the compatible differences, one description each
 */
record ApiDiff(List<String> incompatible, List<String> compatible) {

    private static final String EXEMPT = " (exempt as @Beta)";
    private static final String TO = "\n       to: ";

    ApiDiff {
        incompatible = List.copyOf(incompatible);
        compatible = List.copyOf(compatible);
    }

    /** Compares the current API with a recorded one. */
    static ApiDiff between(ApiDump recorded, List<ApiElement> current) {
        Map<String, ApiElement> now = new LinkedHashMap<>();
        current.forEach(e -> now.put(e.key(), e));
        Map<String, String> before = recorded.linesByKey();
        Set<String> removedTypes = before.keySet().stream()
                .filter(k -> ApiElement.kindOf(k).equals("type") && !now.containsKey(k))
                .map(ApiElement::ownerOf).collect(Collectors.toSet());

        List<String> incompatible = new ArrayList<>();
        List<String> compatible = new ArrayList<>();
        for (Map.Entry<String, String> old : before.entrySet()) {
            String key = old.getKey();
            String was = old.getValue();
            ApiElement element = now.get(key);
            boolean ofRemovedType = removedTypes.contains(ApiElement.ownerOf(key));
            boolean beta = isBeta(key, before);
            List<String> unlessBeta = beta ? compatible : incompatible;
            String exempt = beta ? EXEMPT : "";
            if (element == null && ofRemovedType && ApiElement.kindOf(key).equals("type")) {
                long members = before.keySet().stream().filter(k -> !k.equals(key) && !now.containsKey(k)
                        && ApiElement.ownerOf(k).equals(ApiElement.ownerOf(key))).count();
                unlessBeta.add("removed" + exempt + ": " + was + (members == 0 ? "" : " (and its " + members
                        + (members == 1 ? " member)" : " members)")));
            } else if (element == null && !ofRemovedType) {
                unlessBeta.add("removed" + exempt + ": " + was);
            } else if (element != null && !element.line().equals(was)) {
                String is = element.line();
                if (beta) {
                    compatible.add("changed" + EXEMPT + ": " + was + TO + is);
                } else if (gainedABody(was, is) || lostMarker(was, is, ApiElement.HOST_PROVIDED)) {
                    compatible.add("changed: " + was + TO + is);
                } else if (lostMarker(is, was, ApiElement.HOST_PROVIDED)) {
                    incompatible.add("marked @HostProvided, which would let the host add abstract methods that"
                            + " break plugins implementing it: " + was + TO + is);
                } else {
                    incompatible.add("changed: " + was + TO + is);
                }
            }
        }
        for (ApiElement element : current) {
            if (before.containsKey(element.key())) {
                continue;
            }
            String owner = before.get("type " + ApiElement.ownerOf(element.key()));
            if (element.requiresImplementation() && owner != null && isBeta(element.key(), before)) {
                compatible.add("added" + EXEMPT + ": " + element.line());
            } else if (element.requiresImplementation() && owner != null
                    && !ApiElement.hasMarker(owner, ApiElement.HOST_PROVIDED)) {
                incompatible.add("added abstract method to an existing type, which breaks its implementations: "
                        + element.line());
            } else {
                compatible.add("added: " + element.line());
            }
        }
        return new ApiDiff(incompatible, compatible);
    }

    private static boolean gainedABody(String before, String after) {
        return ApiElement.kindOf(ApiElement.keyOf(before)).equals("method")
                && (before.replaceFirst(": (public|protected) abstract ", ": $1 default ").equals(after)
                || before.replaceFirst(": (public|protected) abstract ", ": $1 ").equals(after));
    }

    /** Whether {@code after} is {@code before} without {@code marker}, and nothing else changed. */
    private static boolean lostMarker(String before, String after, String marker) {
        return ApiElement.hasMarker(before, marker) && !ApiElement.hasMarker(after, marker)
                && ApiElement.withoutMarker(before, marker).equals(after);
    }

    /**
     * Whether the recorded API exempts an element (recorded or new) from the compatibility promise: it is
     * recorded as {@code @Beta}, or its type or a type enclosing that is; for a {@code sealed ... permits}
     * line, also when the permitted subtype is. Enclosing types are found through the {@code $} of binary
     * names.
     */
    private static boolean isBeta(String key, Map<String, String> before) {
        String line = before.get(key);
        if (line != null && ApiElement.hasMarker(line, ApiElement.BETA)) {
            return true;
        }
        if (inBetaType(ApiElement.ownerOf(key), before)) {
            return true;
        }
        String permits = " permits ";
        return ApiElement.kindOf(key).equals("sealed")
                && inBetaType(key.substring(key.lastIndexOf(permits) + permits.length()), before);
    }

    private static boolean inBetaType(String type, Map<String, String> before) {
        for (String name = type; ; name = name.substring(0, name.lastIndexOf('$'))) {
            String line = before.get("type " + name);
            if (line != null && ApiElement.hasMarker(line, ApiElement.BETA)) {
                return true;
            }
            if (name.lastIndexOf('$') < 0) {
                return false;
            }
        }
    }

    boolean isEmpty() {
        return incompatible.isEmpty() && compatible.isEmpty();
    }
}
