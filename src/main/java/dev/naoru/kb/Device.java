package dev.naoru.kb;

import java.util.List;

/** A device of the contract with the text cues that identify it (lower-case, NFKC-normalized). */
public record Device(DeviceId id, String name, List<String> cues, SourceRef where) {
    public Device {
        cues = List.copyOf(cues);
    }
}
