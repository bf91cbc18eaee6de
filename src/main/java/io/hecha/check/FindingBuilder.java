package io.hecha.check;

import io.hecha.check.Finding.Evidence;
import io.hecha.interpret.Interval;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Location;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects the parts of a {@link Finding}: evidence and values in the order they are added. */
public final class FindingBuilder {
    private final String rule;
    private Severity severity = Severity.ERROR;
    private String message = "";
    private Location location = Location.NOWHERE;
    private final List<Evidence> evidence = new ArrayList<>();
    private final LinkedHashSet<String> values = new LinkedHashSet<>();
    private String expected = "";
    private String actual = "";

    public FindingBuilder(String rule) {
        this.rule = rule;
    }

    public FindingBuilder severity(Severity s) {
        this.severity = s;
        return this;
    }

    public FindingBuilder message(String m) {
        this.message = m;
        return this;
    }

    public FindingBuilder location(Location l) {
        this.location = l;
        return this;
    }

    /** Adds evidence unless the same text at the same place is already there. */
    public FindingBuilder evidence(Evidence e) {
        for (Evidence x : evidence) {
            if (x.text().equals(e.text()) && x.location().equals(e.location())) return this;
        }
        evidence.add(e);
        return this;
    }

    public FindingBuilder value(String printed) {
        if (printed != null && !printed.isBlank()) values.add(printed.strip());
        return this;
    }

    public FindingBuilder expected(Interval i) {
        this.expected = i == null ? "" : i.toString();
        return this;
    }

    public FindingBuilder expected(String s) {
        this.expected = s;
        return this;
    }

    public FindingBuilder actual(String s) {
        this.actual = s;
        return this;
    }

    public Finding build() {
        return new Finding(rule, severity, message, location, evidence, new ArrayList<>(values), expected, actual);
    }
}
