/// The batch index script (`batch.js`): totals, a chart of diagnostics by kind, and the table of
/// inputs, sortable by any column and filterable by text, status and diagnostic kind.
enum BatchScript {
    static let source = #"""
        "use strict";
        (function () {
          const data = window.GONGKAI_BATCH;
          const SVG = "http://www.w3.org/2000/svg";
          const $ = (id) => document.getElementById(id);
          const columns = [
            { key: "status", label: "status" },
            { key: "path", label: "file" },
            { key: "pages", label: "pages", numeric: true },
            { key: "tables", label: "tables", numeric: true },
            { key: "scorecards", label: "scorecards", numeric: true },
            { key: "diagnostics", label: "diagnostics", numeric: true },
            { key: "by_kind", label: "by kind" },
            { key: "seconds", label: "seconds", numeric: true },
          ];
          const state = { sort: null, descending: false, text: "", status: "", kind: "" };

          function html(tag, attributes, text) {
            const node = document.createElement(tag);
            for (const [name, value] of Object.entries(attributes || {})) {
              if (value !== null && value !== undefined) node.setAttribute(name, value);
            }
            if (text !== undefined && text !== null) node.textContent = String(text);
            return node;
          }

          function svg(tag, attributes, text) {
            const node = document.createElementNS(SVG, tag);
            for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
            if (text !== undefined) node.textContent = String(text);
            return node;
          }

          function totals() {
            const t = data.totals;
            const section = $("totals");
            const add = (label, value) => {
              const box = html("div");
              box.append(html("b", {}, value), label);
              section.append(box);
            };
            add("files", t.files);
            for (const [status, count] of Object.entries(t.by_status).sort()) add(status, count);
            add("pages", t.pages);
            add("tables", t.tables);
            add("scorecards", t.scorecards);
            add("diagnostics", t.diagnostics);
            add("seconds converting", t.seconds.toFixed(1));
          }

          function chart() {
            const kinds = Object.entries(data.totals.by_kind).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
            const section = $("chart");
            section.append(html("h2", {}, "Diagnostics by kind"));
            if (kinds.length === 0) {
              section.append(html("p", {}, "No diagnostics."));
              return;
            }
            const barHeight = 18, labelWidth = 220, width = 640, valueWidth = 50;
            const most = kinds[0][1];
            const drawing = svg("svg", { width: width, height: kinds.length * (barHeight + 4) + 4, role: "img",
              "aria-label": "diagnostics by kind" });
            kinds.forEach(([kind, count], index) => {
              const y = 4 + index * (barHeight + 4);
              const length = Math.max(1, (width - labelWidth - valueWidth) * count / most);
              drawing.append(svg("text", { x: labelWidth - 6, y: y + barHeight - 5, "text-anchor": "end" }, kind));
              const bar = svg("rect", { class: "bar", x: labelWidth, y: y, width: length, height: barHeight, "data-kind": kind });
              const title = svg("title", {}, kind + ": " + count + " (click to filter)");
              bar.append(title);
              bar.addEventListener("click", () => { state.kind = state.kind === kind ? "" : kind; draw(); });
              drawing.append(bar);
              drawing.append(svg("text", { x: labelWidth + length + 4, y: y + barHeight - 5 }, count));
            });
            section.append(drawing);
          }

          function value(row, key) {
            if (key === "by_kind") return Object.values(row.by_kind).reduce((a, b) => a + b, 0);
            return row[key];
          }

          function compare(a, b) {
            const column = columns.find((c) => c.key === state.sort);
            const x = value(a, state.sort), y = value(b, state.sort);
            // Rows without a value (failures have no counts) stay last in either direction.
            const missing = (v) => v === null || v === undefined;
            if (missing(x) || missing(y)) return missing(x) - missing(y);
            const order = column.numeric || typeof x === "number" ? x - y : String(x).localeCompare(String(y));
            return state.descending ? -order : order;
          }

          function matches(row) {
            if (state.status && row.status !== state.status) return false;
            if (state.kind && !row.by_kind[state.kind]) return false;
            if (!state.text) return true;
            const text = state.text.toLowerCase();
            return [row.path, row.reason, row.error, row.note, ...Object.keys(row.by_kind)]
              .some((field) => field && field.toLowerCase().includes(text));
          }

          function cellFor(row, column) {
            const td = html("td", { "data-key": column.key });
            if (column.key === "path") {
              if (row.review) td.append(html("a", { href: row.review }, row.path));
              else td.textContent = row.path;
              const why = [row.reason, row.error, row.note].filter(Boolean).join(": ");
              if (why) td.append(html("div", { class: "why" }, why));
            } else if (column.key === "by_kind") {
              for (const [kind, count] of Object.entries(row.by_kind).sort()) td.append(html("span", { class: "kind" }, kind + " ×" + count));
            } else if (column.key === "seconds") {
              td.textContent = row.seconds.toFixed(2);
            } else {
              const v = row[column.key];
              td.textContent = v === null || v === undefined ? "" : v;
            }
            return td;
          }

          function draw() {
            const rows = data.rows.filter(matches);
            if (state.sort) rows.sort(compare);
            const body = $("files").tBodies[0];
            body.replaceChildren();
            for (const row of rows) {
              const tr = html("tr", { class: row.status, "data-path": row.path });
              for (const column of columns) tr.append(cellFor(row, column));
              body.append(tr);
            }
            for (const th of $("files").tHead.rows[0].cells) {
              th.setAttribute("aria-sort", th.dataset.key === state.sort ? (state.descending ? "descending" : "ascending") : "none");
            }
            for (const bar of document.querySelectorAll("#chart .bar")) bar.classList.toggle("active", bar.dataset.kind === state.kind);
            $("shown").textContent = rows.length + " of " + data.rows.length + " files" + (state.kind ? " with " + state.kind : "");
          }

          function start() {
            totals();
            chart();
            const head = html("tr");
            for (const column of columns) {
              const th = html("th", { "data-key": column.key, title: "sort by " + column.label }, column.label);
              th.addEventListener("click", () => {
                state.descending = state.sort === column.key ? !state.descending : false;
                state.sort = column.key;
                draw();
              });
              head.append(th);
            }
            $("files").tHead.append(head);
            const statuses = $("status-filter");
            for (const status of Object.keys(data.totals.by_status).sort()) statuses.append(html("option", { value: status }, status));
            statuses.addEventListener("change", () => { state.status = statuses.value; draw(); });
            $("filter").addEventListener("input", (event) => { state.text = event.target.value; draw(); });
            draw();
            document.body.dataset.ready = "true";
          }

          start();
        })();
        """#
}
