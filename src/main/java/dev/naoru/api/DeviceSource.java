package dev.naoru.api;

import java.util.Locale;

/** Where the device of a result came from (contract {@code device.source}). */
public enum DeviceSource {
    GIVEN, ANSWERED, DETECTED, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
