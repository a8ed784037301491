package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.text.Analysis;

import java.util.AbstractMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * For each device with variants, the one the text names (「新しいOutlook」 → outlook: new), read only when asked:
 * a request asks for one device's (the one it is about, if it has variants), and reading every device's
 * variant cues cost ~2 % of a diagnosis. Each device is read once; the whole map (equals, explain) reads all.
 */
final class NamedVariants extends AbstractMap<DeviceId, String> {
    private final DeviceDetector devices;
    private final Analysis a;
    private final Squeezed sq;
    private final Set<String> okMarkers;
    private final EnumMap<DeviceId, Optional<String>> read = new EnumMap<>(DeviceId.class);

    NamedVariants(DeviceDetector devices, Analysis a, Squeezed sq, Set<String> okMarkers) {
        this.devices = devices;
        this.a = a;
        this.sq = sq;
        this.okMarkers = okMarkers;
    }

    private synchronized Optional<String> of(DeviceId d) {
        return read.computeIfAbsent(d, x -> devices.variant(a, sq, x, okMarkers));
    }

    @Override
    public String get(Object key) {
        return key instanceof DeviceId d ? of(d).orElse(null) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Map.Entry<DeviceId, String>> entrySet() {
        Map<DeviceId, String> all = new EnumMap<>(DeviceId.class);
        for (DeviceId d : DeviceId.values()) of(d).ifPresent(v -> all.put(d, v));
        return all.entrySet();
    }
}
