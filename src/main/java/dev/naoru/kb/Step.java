package dev.naoru.kb;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A remediation step.
 *
 * @param instructions per key: {@code default}, a device id ({@code outlook}) or a device variant
 *                     ({@code outlook.new}); looked up variant → device → default
 * @param effects      what the step does to data or the account; any effect keeps it out of an outage plan
 * @param source       the seed-article section it comes from
 */
public record Step(String id, Stage stage, boolean destructive, String title, Map<String, String> instructions,
                   Set<Effect> effects, String source, SourceRef where) {
    /** The mark every instruction of a step that loses something starts with. */
    public static final String CAUTION = "【注意】";

    public Step {
        instructions = Map.copyOf(instructions);
        effects = Set.copyOf(effects);
    }

    public Step(String id, Stage stage, boolean destructive, String title, Map<String, String> instructions,
                String source, SourceRef where) {
        this(id, stage, destructive, title, instructions, Set.of(), source, where);
    }

    /** True when the step deletes, signs out, resets or changes credentials. */
    public boolean hasEffect() {
        return !effects.isEmpty();
    }

    /** The instructions for a device, falling back to the default text. */
    public String instructionsFor(Optional<DeviceId> device) {
        return device.map(this::instructionsFor).orElseGet(() -> instructions.getOrDefault("default", ""));
    }

    public String instructionsFor(DeviceId device) {
        return instructions.getOrDefault(device.id(), instructions.getOrDefault("default", ""));
    }

    /** Variant key ({@code outlook.new}) → device key → default. */
    public String instructionsFor(Optional<DeviceId> device, Optional<String> variant) {
        if (device.isPresent() && variant.isPresent()) {
            String v = instructions.get(device.get().id() + "." + variant.get());
            if (v != null) return v;
        }
        return instructionsFor(device);
    }

    /** Whether the variant changes this step's text on the device (so asking for it matters). */
    public boolean variesOn(DeviceId device) {
        String prefix = device.id() + ".";
        return instructions.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }
}
