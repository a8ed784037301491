package dev.naoru.api;

import java.util.Locale;

/** Where the device of a result came from (contract {@code device.source}). */
public enum DeviceSource {
    GIVEN, ANSWERED, DETECTED, UNKNOWN;

    /** The contract spelling, computed once (id() is called for every step of every JSON result). */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
