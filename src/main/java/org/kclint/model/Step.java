package org.kclint.model;

import java.util.Optional;

/**
 * One numbered step of a trace. {@code actor}, {@code process} and {@code operation} identify the
 * move for replay; {@code note} (the kernel code the operation stands for) and {@code changed} (the
 * state it changed) are for people.
 */
public record Step(
    int number,
    String actor,
    String process,
    String operation,
    Optional<String> note,
    String changed) {}
