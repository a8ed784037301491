package dev.naoru.kb;

/**
 * What a matched phrasing tells: a symptom the user sees, a context they mention, that the message is
 * about mail (TOPIC: メール, 受信…), about the iCloud service (SERVICE: iCloud, Apple ID…), or about
 * something else (OFFTOPIC: LINE, 写真, カレンダー…).
 */
public enum FactKind {
    SYMPTOM, CONTEXT, TOPIC, SERVICE, OFFTOPIC
}
