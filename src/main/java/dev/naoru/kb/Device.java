package dev.naoru.kb;

import java.util.List;
import java.util.Optional;

/**
 * A device of the contract with the text cues that identify it (lower-case, NFKC-normalized) and its
 * variants: editions of the same app whose menus differ (Outlook classic / new / Mac / mobile).
 *
 * @param defaultVariant the variant assumed when the text names none; empty when the device has none
 */
public record Device(DeviceId id, String name, List<String> cues, List<Variant> variants, Optional<String> defaultVariant,
                     SourceRef where) {
    public Device {
        cues = List.copyOf(cues);
        variants = List.copyOf(variants);
    }

    public Device(DeviceId id, String name, List<String> cues, SourceRef where) {
        this(id, name, cues, List.of(), Optional.empty(), where);
    }

    /** One edition of a device's app, e.g. {@code outlook.new}; its cues are normalized like the device's. */
    public record Variant(String id, String name, List<String> cues, SourceRef where) {
        public Variant {
            cues = List.copyOf(cues);
        }
    }

    public Optional<Variant> variant(String variantId) {
        return variants.stream().filter(v -> v.id().equals(variantId)).findFirst();
    }
}
