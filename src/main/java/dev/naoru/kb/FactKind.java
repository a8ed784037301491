package dev.naoru.kb;

/** What a matched phrasing tells: a symptom the user sees, a context they mention, or only that the topic is mail. */
public enum FactKind {
    SYMPTOM, CONTEXT, TOPIC
}
