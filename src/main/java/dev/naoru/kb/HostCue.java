package dev.naoru.kb;

import java.util.Optional;

/**
 * A mail server host name that names its provider (kb/dialogs.yaml {@code hosts}): a text holding
 * {@code imap.spmode.ne.jp} is about ドコモメール whatever device it names.
 *
 * @param suffix  the host or the end of it ({@code spmode.ne.jp} covers imap. and smtp.)
 * @param device  the device (app) it names, if any
 * @param service the scope service it names ({@code icloud}), if any
 */
public record HostCue(String suffix, Optional<DeviceId> device, Optional<String> service, SourceRef where) {
}
