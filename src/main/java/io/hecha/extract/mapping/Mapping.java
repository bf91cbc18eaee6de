package io.hecha.extract.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One mapping file ({@code mappings/*.yaml}) as read: how to recognise a report type and where each
 * of its fields lives. Every list and map is optional in YAML (empty when absent); unknown keys are
 * rejected when loading. See the comments in the mapping files for what each key means.
 *
 * @param type        the report type, e.g. 部门整体支出绩效评价
 * @param version     bumped whenever the mapping changes what it extracts (batch reruns on change)
 * @param description a sentence for people
 * @param detect      how to recognise the type
 * @param report      where the report's identity and verdict are stated
 * @param indicators  how to read the score sheet and the per-dimension indicator tables
 * @param tables      amount tables by output key (budget, fixedAssets, threePublic, projects…)
 * @param problems    where the numbered problems stand
 * @param suggestions where the numbered suggestions stand
 * @param categories  category name → words that put an item in it (first match wins)
 * @param facts       how numbers in running text are read
 * @param checks      ids of the semantic checks that apply to this type
 * @param concepts    the vocabulary: concept → the words that name it in text labels and table headers
 * @param relations   rule id → relations between concepts that must hold wherever their facts are
 *                    stated ({@code text.ratio: [预算执行率 = 执行数 / 预算数]}; see mappings/README.md)
 * @param required    the tables and sections a document of this type must have
 */
public record Mapping(String type, int version, String description, Detect detect, ReportSpec report,
                      IndicatorSpec indicators, Map<String, TableSpec> tables, ItemsSpec problems,
                      ItemsSpec suggestions, Map<String, List<String>> categories, FactSpec facts,
                      List<String> checks, Map<String, ConceptSpec> concepts, Map<String, List<String>> relations,
                      RequiredSpec required) {
    /** Keys the JSON output uses for other things; a table may not take them. */
    static final Set<String> RESERVED = Set.of("report", "indicators", "problems", "suggestions", "facts",
            "tables", "sections", "charts", "bookmarks", "diagnostics", "source", "findings", "schemaVersion");

    public Mapping {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("'type' is required");
        if (version < 1) throw new IllegalArgumentException("'version' is required and must be at least 1");
        description = description == null ? "" : description;
        detect = detect == null ? new Detect(null, null, 0) : detect;
        report = report == null ? new ReportSpec(null, null, null, null, null, null, null) : report;
        indicators = indicators == null ? new IndicatorSpec(null, null, null, null, null, null) : indicators;
        tables = tables == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        for (String k : tables.keySet()) {
            if (RESERVED.contains(k)) throw new IllegalArgumentException("table key '" + k + "' is reserved");
        }
        problems = problems == null ? new ItemsSpec(null, null) : problems;
        suggestions = suggestions == null ? new ItemsSpec(null, null) : suggestions;
        categories = categories == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        facts = facts == null ? new FactSpec(null, null) : facts;
        checks = checks == null ? List.of() : List.copyOf(checks);
        concepts = concepts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
        relations = relations == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relations));
        for (List<String> fs : relations.values()) if (fs != null) for (String f : fs) Formula.parse(f);
        required = required == null ? new RequiredSpec(null, null) : required;
    }

    /** A mapping without vocabulary, relations or required parts (the shape before those keys existed). */
    public Mapping(String type, int version, String description, Detect detect, ReportSpec report,
                   IndicatorSpec indicators, Map<String, TableSpec> tables, ItemsSpec problems,
                   ItemsSpec suggestions, Map<String, List<String>> categories, FactSpec facts,
                   List<String> checks) {
        this(type, version, description, detect, report, indicators, tables, problems, suggestions, categories,
                facts, checks, null, null, null);
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** Compiles a mapping pattern after expanding its placeholders; rejects bad ones at load. */
    static List<String> patterns(List<String> raw) {
        List<String> out = list(raw);
        for (String p : out) {
            try {
                Pattern.compile(Placeholders.expand(p));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad pattern '" + p + "': " + e.getDescription());
            }
        }
        return out;
    }

    /**
     * How to recognise the type: weighted words looked for in the title and headings, weighted words
     * looked for in table header cells; the type is a candidate when the sum reaches {@code minimum}.
     */
    public record Detect(Map<String, Integer> words, Map<String, Integer> headers, int minimum) {
        public Detect {
            words = words == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(words));
            headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }
    }

    /**
     * Where one text field is stated: sentences under headings containing one of {@code headings}
     * (anywhere when empty) or in paragraphs carrying a bookmark named like one of {@code bookmarks},
     * read with {@code patterns} (regular expressions with a group named {@code value}; placeholders
     * {num}, {grade}, {year}, {org}); or, in a form, the cell right of a cell labelled like one of
     * {@code cells} (主管部门 | 某某县水利局).
     */
    public record FieldSpec(List<String> headings, List<String> bookmarks, List<String> patterns, String unit,
                            List<String> cells) {
        public FieldSpec {
            headings = list(headings);
            bookmarks = list(bookmarks);
            patterns = Mapping.patterns(patterns);
            unit = unit == null ? "" : unit;
            cells = list(cells);
        }

        /** An empty spec. */
        public static FieldSpec none() {
            return new FieldSpec(null, null, null, null, null);
        }
    }

    /** Where the report's identity and verdict are stated. {@code grades}: printed grade → normal name. */
    public record ReportSpec(FieldSpec subject, FieldSpec year, FieldSpec score, FieldSpec grade,
                             FieldSpec evaluator, FieldSpec gradeBands, Map<String, String> grades) {
        public ReportSpec {
            subject = subject == null ? FieldSpec.none() : subject;
            year = year == null ? FieldSpec.none() : year;
            score = score == null ? FieldSpec.none() : score;
            grade = grade == null ? FieldSpec.none() : grade;
            evaluator = evaluator == null ? FieldSpec.none() : evaluator;
            gradeBands = gradeBands == null ? FieldSpec.none() : gradeBands;
            grades = grades == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }
    }

    /**
     * A table column: header words (any synonym), the unit when the header does not print one, and
     * {@code orSecondOf}: when no header answers, take the second column answering to that other field
     * (a sheet printing 权重 | 分值 means weight | score).
     */
    public record ColumnSpec(List<String> headers, String unit, String orSecondOf) {
        public ColumnSpec {
            headers = list(headers);
            if (headers.isEmpty()) throw new IllegalArgumentException("a column needs 'headers'");
            unit = unit == null ? "" : unit;
            orSecondOf = orSecondOf == null ? "" : orSecondOf;
        }
    }

    /** The indicator columns a score sheet may have. */
    public static final Set<String> INDICATOR_COLUMNS = Set.of("level1", "level2", "name", "code", "weight",
            "score", "rate", "criteria", "explanation", "target", "actual");

    /**
     * The score sheet: its columns by role (keys from {@link #INDICATOR_COLUMNS}), words of its
     * caption or heading, the labels of total rows; and how the text states an indicator again
     * ({@code statementPatterns}: groups {@code name}, {@code weight}, optional {@code code}, matched at
     * the start of a paragraph; {@code scorePatterns}: group {@code value}, the last match in that
     * paragraph is the score).
     */
    public record IndicatorSpec(Map<String, ColumnSpec> columns, List<String> caption, List<String> totals,
                                List<FromTable> fromTables, List<String> statementPatterns,
                                List<String> scorePatterns) {
        public IndicatorSpec {
            fromTables = list(fromTables);
            statementPatterns = Mapping.patterns(statementPatterns);
            scorePatterns = Mapping.patterns(scorePatterns);
            columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
            for (String k : columns.keySet()) {
                if (!INDICATOR_COLUMNS.contains(k)) {
                    throw new IllegalArgumentException("unknown indicator column '" + k + "' (known: "
                            + new java.util.TreeSet<>(INDICATOR_COLUMNS) + ")");
                }
            }
            caption = list(caption);
            totals = totals == null ? List.of("合计", "总计", "总分", "小计") : List.copyOf(totals);
        }
    }

    /**
     * An indicator stated in an amount table (a self-evaluation form scores 预算执行率 in its 项目资金
     * block): the table key, the indicator's name, and the fields holding its weight and score; the
     * first row of that table with both gives the indicator.
     */
    public record FromTable(String table, String name, String weight, String score) {
        public FromTable {
            Objects.requireNonNull(table, "'table' is required");
            Objects.requireNonNull(name, "'name' is required");
            Objects.requireNonNull(weight, "'weight' is required");
            Objects.requireNonNull(score, "'score' is required");
        }
    }

    /**
     * An amount table: caption words (one must occur unless empty), heading words of its section,
     * the header of its label column, its value columns, how many of them must be found, the labels
     * of total rows, and sentences of the text that state a row again ({@code textRows}).
     */
    public record TableSpec(List<String> caption, List<String> headings, List<String> label,
                            Map<String, ColumnSpec> columns, int minColumns, List<String> totals,
                            List<TextRowSpec> textRows, String unit) {
        public TableSpec {
            caption = list(caption);
            headings = list(headings);
            label = list(label);
            columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
            if (columns.isEmpty()) throw new IllegalArgumentException("a table needs 'columns'");
            minColumns = Math.max(1, minColumns);
            totals = totals == null ? List.of("合计", "总计", "小计", "总额") : List.copyOf(totals);
            textRows = list(textRows);
            unit = unit == null ? "" : unit;
        }
    }

    /** A row stated in running text: its label, where, and a pattern per field. */
    public record TextRowSpec(String label, List<String> headings, Map<String, String> values) {
        public TextRowSpec {
            Objects.requireNonNull(label, "'label' is required");
            headings = list(headings);
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            Mapping.patterns(List.copyOf(values.values()));
        }
    }

    /**
     * Numbered items (problems or suggestions): under headings answering to {@code headings}, but not
     * to {@code exclude}.
     */
    public record ItemsSpec(List<String> headings, List<String> exclude) {
        public ItemsSpec {
            headings = list(headings);
            exclude = list(exclude);
        }
    }

    /**
     * Numbers in running text: printed unit → normalised unit (longest printed unit wins), and the
     * words that, right after a number, say it is not a quantity (年, 月, 日, 号…).
     */
    public record FactSpec(Map<String, String> units, List<String> notQuantities) {
        public FactSpec {
            units = units == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(units));
            notQuantities = list(notQuantities);
        }
    }

    /**
     * A concept of the vocabulary: the words that name it (any synonym; the longest match nearest the
     * number wins), the broader concept it is a kind of ({@code 年初预算数} is a {@code 预算数}: a relation
     * over 预算数 accepts it), and its unit when it has a fixed one ({@code %}, {@code 分}). Written either
     * as a list of words or as {@code { words: [...], broader: X, unit: U }}.
     */
    public record ConceptSpec(List<String> words, String broader, String unit) {
        public ConceptSpec {
            words = list(words);
            broader = broader == null ? "" : broader;
            unit = unit == null ? "" : unit;
        }

        /** The list form: only words. */
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public static ConceptSpec of(List<String> words) {
            return new ConceptSpec(words, null, null);
        }
    }

    /**
     * The parts a document of this type must contain: {@code tables} by name → words of its caption or
     * heading (any), {@code sections} by name → words of a heading (any). A missing one is named in a
     * warning.
     */
    public record RequiredSpec(Map<String, List<String>> tables, Map<String, List<String>> sections) {
        public RequiredSpec {
            tables = tables == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
            sections = sections == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        }
    }
}
