package org.jvirgl.shader.tgsi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Case-insensitive name → value lookup for the TGSI keyword tables. Built once per enum
 * class and never mutated afterwards, so sharing it between renderer instances is safe.
 */
final class NamedValues<E> {
    private final Map<String, E> byUpperName;

    private NamedValues(Map<String, E> byUpperName) {
        this.byUpperName = Map.copyOf(byUpperName);
    }

    interface Named {
        String tgsiName();
    }

    static <E extends Enum<E> & Named> NamedValues<E> of(Class<E> type) {
        Map<String, E> map = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            map.put(value.tgsiName().toUpperCase(Locale.ROOT), value);
        }
        return new NamedValues<>(map);
    }

    NamedValues<E> withAlias(String alias, E value) {
        Map<String, E> map = new HashMap<>(byUpperName);
        map.put(alias.toUpperCase(Locale.ROOT), value);
        return new NamedValues<>(map);
    }

    /** The value spelled {@code name} (any case), or null. */
    E lookup(String name) {
        return byUpperName.get(name.toUpperCase(Locale.ROOT));
    }
}
