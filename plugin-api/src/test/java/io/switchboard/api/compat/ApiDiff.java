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
 *   <li>One change of a line is compatible: an abstract method that gained a body ({@code abstract} became
 *       {@code default} in an interface, or the method became concrete in a class).</li>
 *   <li>A new element is compatible, except a new abstract method that code outside the API must implement
 *       ({@link ApiElement#requiresImplementation()}) in a type that existed before: plugins implement the
 *       API's interfaces. A new permitted subtype of a sealed type, a new enum constant, a new default or
 *       static method, a new type are all compatible.</li>
 * </ul>
 *
 * @param incompatible the incompatible differences, one description each
 * @param compatible the compatible differences, one description each
 */
record ApiDiff(List<String> incompatible, List<String> compatible) {

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
            ApiElement element = now.get(key);
            boolean ofRemovedType = removedTypes.contains(ApiElement.ownerOf(key));
            if (element == null && ofRemovedType && ApiElement.kindOf(key).equals("type")) {
                long members = before.keySet().stream().filter(k -> !k.equals(key) && !now.containsKey(k)
                        && ApiElement.ownerOf(k).equals(ApiElement.ownerOf(key))).count();
                incompatible.add("removed: " + old.getValue() + (members == 0 ? "" : " (and its " + members
                        + (members == 1 ? " member)" : " members)")));
            } else if (element == null && !ofRemovedType) {
                incompatible.add("removed: " + old.getValue());
            } else if (element != null && !element.line().equals(old.getValue())) {
                String change = "changed: " + old.getValue() + "\n       to: " + element.line();
                (gainedABody(old.getValue(), element.line()) ? compatible : incompatible).add(change);
            }
        }
        for (ApiElement element : current) {
            if (before.containsKey(element.key())) {
                continue;
            }
            String owner = "type " + ApiElement.ownerOf(element.key());
            if (element.requiresImplementation() && before.containsKey(owner)) {
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

    boolean isEmpty() {
        return incompatible.isEmpty() && compatible.isEmpty();
    }
}
