package dev.naoru.kb;

import java.util.List;

/** The public IDs fixed by {@code shared/spec/contract.md}; the KB must define every one of them. */
public final class Contract {
    private Contract() {
    }

    public static final List<String> SYMPTOMS = List.of("cannot-fetch", "connection-failed", "account-error",
            "password-rejected", "cannot-sign-in", "mail-missing", "cannot-send", "notification-delay",
            "storage-full", "attachment-too-large", "wrong-sender-address");

    public static final List<String> CONTEXTS = List.of("password-changed", "two-factor", "not-in-spam",
            "other-devices-too", "other-networks-too", "vpn-or-profile", "weak-network", "low-power-mode",
            "after-update", "new-device", "specific-sender", "rules-forwarding");

    public static final List<String> CAUSES = List.of("network", "server-outage", "stale-credentials",
            "app-password-required", "two-factor-pending", "server-settings", "storage-full", "spam-filtering",
            "rules-filters", "vpn-profile-interference", "clock-skew", "power-saving", "sender-authentication",
            "sender-reputation", "message-size", "d-account-auth", "docomo-profile", "default-account-mismatch",
            "account-locked");

    public static final List<String> STEPS = List.of("check-network", "check-system-status", "try-webmail",
            "check-date-time", "disable-vpn", "restart-device", "restart-mail-app", "switch-to-fetch",
            "power-settings", "toggle-icloud-mail", "check-storage", "check-spam", "review-rules", "allow-sender",
            "set-default-account", "reenter-password", "resign-in", "approve-2fa", "app-password", "unlock-account",
            "verify-server-settings", "remove-profile", "reinstall-docomo-profile", "readd-account",
            "reset-network-settings", "sender-authentication", "sender-reputation", "shrink-attachment",
            "wait-for-recovery", "temporary-forwarding", "contact-support");

    public static final List<String> QUESTIONS = List.of("device", "other-devices", "other-networks",
            "password-changed", "error-message");
}
