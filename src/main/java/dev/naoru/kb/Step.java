package dev.naoru.kb;

import java.util.Map;
import java.util.Optional;

/**
 * A remediation step.
 *
 * @param instructions per device id, plus {@code default}
 * @param source       the seed-article section it comes from
 */
public record Step(String id, Stage stage, boolean destructive, String title, Map<String, String> instructions,
                   String source, SourceRef where) {
    public Step {
        instructions = Map.copyOf(instructions);
    }

    /** The instructions for a device, falling back to the default text. */
    public String instructionsFor(Optional<DeviceId> device) {
        return device.map(this::instructionsFor).orElseGet(() -> instructions.getOrDefault("default", ""));
    }

    public String instructionsFor(DeviceId device) {
        return instructions.getOrDefault(device.id(), instructions.getOrDefault("default", ""));
    }
}
