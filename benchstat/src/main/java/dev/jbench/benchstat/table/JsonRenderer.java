package dev.jbench.benchstat.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders {@link Tables} as JSON for tools: every number raw (Go {@code %v} digits, {@code null} for infinite
 * interval ends) next to the text benchstat would print. Shape:
 * <pre>{@code
 * {"tables": [{
 *    "key": {"goos": "linux", ...},          // table key without .unit
 *    "unit": "sec/op", "better": "lower", "summary": "median",
 *    "columnFields": [".file"],
 *    "columns": [{"label": "old.txt", "values": ["old.txt"], "baseline": true}, ...],
 *    "rows": [{"label": "Encode", "cells": [            // one entry per column, null where missing
 *        {"center": 1.718e-06, "text": "1.718µ", "lo": ..., "hi": ..., "confidence": 0.95, "range": "1%",
 *         "n": 10, "warnings": [],
 *         "comparison": null | {"p": 0.0001, "alpha": 0.05, "n1": 10, "n2": 10, "delta": -17.2,
 *                               "deltaText": "-17.20%", "pn": "p=0.000 n=10", "significant": true,
 *                               "direction": "better" | "worse" | "unchanged", "warnings": []}}, ...]}],
 *    "geomean": [{"value": 2.29e-06, "text": "2.295µ", "ratio": null, "delta": "", "warnings": []}, ...]
 * }]}
 * }</pre>
 * {@code direction} is judged by the unit's {@code better} direction ({@link Direction}); it is {@code unchanged}
 * unless the change is significant.
 */
public final class JsonRenderer {

    private JsonRenderer() {
    }

    /** Writes all tables to {@code out} as one JSON document followed by a newline. */
    public static void write(Tables tables, Appendable out) {
        List<Object> list = new ArrayList<>();
        for (Table t : tables.tables()) {
            list.add(table(t));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tables", list);
        try {
            JsonText.write(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> table(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> key = new LinkedHashMap<>();
        for (KeyField f : t.key()) {
            key.put(f.name(), f.value());
        }
        m.put("key", key);
        m.put("unit", t.unit());
        m.put("better", t.better().metadataValue());
        m.put("summary", t.summaryLabel());
        m.put("columnFields", t.columnFields());
        List<Object> cols = new ArrayList<>();
        for (Column c : t.columns()) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("label", c.label());
            col.put("values", c.values());
            col.put("baseline", c.baseline());
            cols.add(col);
        }
        m.put("columns", cols);
        List<Object> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", r.label());
            List<Object> cells = new ArrayList<>();
            for (Optional<Cell> c : r.cells()) {
                cells.add(c.map(JsonRenderer::cell).orElse(null));
            }
            row.put("cells", cells);
            rows.add(row);
        }
        m.put("rows", rows);
        List<Object> geomeans = new ArrayList<>();
        for (Geomean g : t.geomeans()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("value", g.value().isPresent() ? g.value().getAsDouble() : null);
            gm.put("text", g.valueText());
            gm.put("ratio", g.ratio().isPresent() ? g.ratio().getAsDouble() : null);
            gm.put("delta", g.deltaText());
            gm.put("warnings", g.warnings());
            geomeans.add(gm);
        }
        m.put("geomean", geomeans);
        return m;
    }

    private static Map<String, Object> cell(Cell c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("center", c.center());
        m.put("text", c.centerText());
        m.put("lo", c.lo());
        m.put("hi", c.hi());
        m.put("confidence", c.confidence());
        m.put("range", c.rangeText());
        m.put("n", c.n());
        m.put("warnings", c.warnings());
        m.put("comparison", c.comparison().map(JsonRenderer::comparison).orElse(null));
        return m;
    }

    private static Map<String, Object> comparison(BaselineComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p", c.p());
        m.put("alpha", c.alpha());
        m.put("n1", c.n1());
        m.put("n2", c.n2());
        m.put("delta", c.deltaPercent());
        m.put("deltaText", c.deltaText());
        m.put("pn", c.pnText());
        m.put("significant", c.significant());
        m.put("direction", c.change().jsonName());
        m.put("warnings", c.warnings());
        return m;
    }
}
