/// The page script of a document review (`review.js`): draws the current page's structure over
/// its image, builds its tables as HTML beside it, and links the two.
enum DocumentScript {
    static let source = #"""
        "use strict";
        (function () {
          const data = window.GONGKAI_REVIEW;
          const SVG = "http://www.w3.org/2000/svg";
          const $ = (id) => document.getElementById(id);
          const tables = new Map(data.tables.map((entry) => [entry.table.id, entry]));
          const pageIndexOf = new Map(data.pages.map((page, index) => [page.number, index]));
          // Tables in reading order: by first page, then as numbered.
          const tableOrder = data.tables.map((entry) => entry.table.id);
          let pageIndex = 0;
          let currentTable = null;

          function html(tag, attributes, text) {
            const node = document.createElement(tag);
            for (const [name, value] of Object.entries(attributes || {})) {
              if (value !== null && value !== undefined) node.setAttribute(name, value);
            }
            if (text !== undefined && text !== null) node.textContent = String(text);
            return node;
          }

          function svg(tag, attributes) {
            const node = document.createElementNS(SVG, tag);
            for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
            return node;
          }

          function box(node, bbox) {
            node.setAttribute("x", bbox[0]);
            node.setAttribute("y", bbox[1]);
            node.setAttribute("width", Math.max(bbox[2] - bbox[0], 0.5));
            node.setAttribute("height", Math.max(bbox[3] - bbox[1], 0.5));
            return node;
          }

          function titled(node, text) {
            const title = svg("title");
            title.textContent = text;
            node.append(title);
            return node;
          }

          const cellKey = (id, cell) => id + ":" + cell.row + ":" + cell.col;

          function diagnosticsOn(pageNumber) {
            return data.diagnostics.filter((d) => d.page === pageNumber || (d.page === null && pageIndex === 0));
          }

          function drawPage(page) {
            const frame = $("page-frame");
            frame.replaceChildren();
            frame.style.aspectRatio = page.width + " / " + page.height;
            frame.classList.toggle("blank-paper", !page.image);
            if (page.image) frame.append(html("img", { src: page.image, alt: "page " + page.number, class: "page-image" }));
            const overlay = svg("svg", { id: "overlay", viewBox: "0 0 " + page.width + " " + page.height,
              preserveAspectRatio: "none" });
            for (const paragraph of data.paragraphs) {
              if (paragraph.page !== page.number || !paragraph.bbox) continue;
              overlay.append(titled(box(svg("rect", { class: "paragraph" }), paragraph.bbox), paragraph.text.slice(0, 200)));
            }
            for (const heading of data.headings) {
              if (heading.page !== page.number || !heading.bbox) continue;
              const group = svg("g", { class: "heading level-" + heading.level });
              group.append(titled(box(svg("rect", {}), heading.bbox),
                "heading, level " + heading.level + ": " + (heading.numbering || "") + heading.title));
              const tag = svg("text", { x: Math.max(heading.bbox[0] - 2, 0), y: heading.bbox[1] + 1, class: "tag" });
              tag.textContent = "H" + heading.level;
              group.append(tag);
              overlay.append(group);
            }
            for (const figure of data.figures) {
              if (figure.page !== page.number || !figure.bbox) continue;
              overlay.append(titled(box(svg("rect", { class: "figure" }), figure.bbox), "figure: " + figure.caption));
            }
            for (const entry of data.tables) {
              const table = entry.table;
              const cells = table.cells.filter((cell) => cell.page === page.number);
              if (cells.length === 0) continue;
              const group = svg("g", { class: "table", "data-table": table.id });
              for (const cell of cells) {
                const rect = box(svg("rect", { class: "cell" + (cell.row < table.header_rows ? " header" : ""),
                  "data-cell": cellKey(table.id, cell) }), cell.bbox);
                titled(rect, table.id + " r" + cell.row + " c" + cell.col + ": " + cell.text);
                rect.addEventListener("click", () => select(table.id, cellKey(table.id, cell), "page"));
                group.append(rect);
              }
              const left = Math.min(...cells.map((c) => c.bbox[0]));
              const top = Math.min(...cells.map((c) => c.bbox[1]));
              const label = svg("text", { x: left, y: Math.max(top - 2, 6), class: "tag table-tag" });
              label.textContent = table.id + " · " + table.detection + (table.kind ? " · " + table.kind : "");
              group.append(label);
              overlay.append(group);
            }
            for (const diagnostic of diagnosticsOn(page.number)) {
              if (diagnostic.page !== page.number) continue;
              const mark = diagnostic.bbox || [4, 4, 24, 24];
              overlay.append(titled(box(svg("rect", { class: "diagnostic " + diagnostic.severity,
                "data-code": diagnostic.code }), mark), diagnostic.code + ": " + diagnostic.message));
            }
            frame.append(overlay);
          }

          function gridTable(entry) {
            const table = entry.table;
            const element = html("table", { class: "grid", "data-table": table.id });
            const head = html("thead");
            const body = html("tbody");
            const rows = [];
            for (let row = 0; row < table.n_rows; row++) rows.push(html("tr", { "data-row": row }));
            const sorted = table.cells.slice().sort((a, b) => a.row - b.row || a.col - b.col);
            for (const cell of sorted) {
              if (cell.row >= rows.length) continue;
              const header = cell.row < table.header_rows;
              const node = html(header ? "th" : "td", { "data-cell": cellKey(table.id, cell), "data-page": cell.page,
                rowspan: cell.row_span > 1 ? cell.row_span : null, colspan: cell.col_span > 1 ? cell.col_span : null },
                cell.text);
              node.addEventListener("click", () => select(table.id, cellKey(table.id, cell), "table"));
              rows[cell.row].append(node);
            }
            rows.forEach((tr, row) => (row < table.header_rows ? head : body).append(tr));
            element.append(head, body);
            return element;
          }

          function facts(entry) {
            const table = entry.table;
            const list = html("dl", { class: "facts" });
            const add = (name, value) => {
              if (value === null || value === undefined || value === "") return;
              list.append(html("dt", {}, name), html("dd", {}, value));
            };
            add("kind", table.kind || "—");
            add("unit", table.unit || "—");
            add("form", table.form_code);
            add("organization", table.organization);
            add("grid", table.n_rows + " × " + table.n_cols + ", " + table.header_rows + " header row(s), " + table.detection);
            add("pages", table.pages.join(", "));
            for (const note of table.notes) add("note", note);
            return list;
          }

          function checks(entry) {
            const table = entry.table;
            const section = html("section", { class: "checks" });
            section.append(html("h3", {}, "Checks"));
            const list = html("ul");
            const found = data.diagnostics.filter((d) => d.table === table.id);
            for (const d of found) {
              const item = html("li", { class: "diagnostic " + d.severity, "data-code": d.code }, d.code + ": " + d.message);
              if (d.row !== undefined && d.row !== null) {
                const cell = table.cells.find((c) => c.row <= d.row && d.row < c.row + c.row_span &&
                  (d.col === undefined || d.col === null ? c.col === 0 : c.col <= d.col && d.col < c.col + c.col_span));
                if (cell) {
                  item.classList.add("linked");
                  item.addEventListener("click", () => select(table.id, cellKey(table.id, cell), "check"));
                }
              }
              list.append(item);
            }
            const scorecard = entry.scorecard;
            if (found.length === 0) {
              const checked = table.kind ? "no arithmetic check failed"
                : scorecard ? "no scorecard check failed" : "no check applies to this table";
              list.append(html("li", { class: "passed" }, checked));
            }
            section.append(list);
            return section;
          }

          function lineItems(entry) {
            const details = html("details", { class: "line-items" });
            details.append(html("summary", {}, entry.line_items.length + " line items"));
            const table = html("table");
            const head = html("tr");
            for (const name of ["row", "code", "level", "name", "column", "amount", "status", "unit"]) head.append(html("th", {}, name));
            table.append(html("thead"), html("tbody"));
            table.tHead.append(head);
            for (const item of entry.line_items) {
              const tr = html("tr", { "data-cell": entry.table.id + ":" + item.row + ":" + item.col });
              for (const value of [item.row, item.code, item.level, item.name, item.column.join("/"),
                item.amount === null ? "" : item.amount, item.status, item.unit]) tr.append(html("td", {}, value === null ? "" : value));
              table.tBodies[0].append(tr);
            }
            details.append(table);
            return details;
          }

          function scorecardSummary(scorecard) {
            const section = html("section", { class: "scorecard" });
            section.append(html("h3", {}, "Scorecard"));
            const list = html("dl", { class: "facts" });
            const add = (name, value) => { if (value !== null && value !== undefined) list.append(html("dt", {}, name), html("dd", {}, value)); };
            add("project", scorecard.project);
            add("department", scorecard.department);
            add("indicators", scorecard.indicators.length);
            if (scorecard.total) add("total", (scorecard.total.score ?? "—") + " / " + (scorecard.total.weight ?? "—"));
            add("grade", scorecard.grade);
            for (const failure of scorecard.check_failures) add("failed", failure.kind + " row " + failure.row + ": printed " + failure.printed + ", expected " + failure.expected);
            section.append(list);
            return section;
          }

          function copyText(text, status) {
            const done = () => { status.textContent = "copied"; };
            const fallback = () => {
              const area = html("textarea");
              area.value = text;
              document.body.append(area);
              area.select();
              try { document.execCommand("copy"); done(); } catch (error) { status.textContent = "copy failed"; }
              area.remove();
            };
            if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
            else fallback();
          }

          function save(name, text) {
            const url = URL.createObjectURL(new Blob(["\ufeff" + text], { type: "text/csv;charset=utf-8" }));
            const link = html("a", { href: url, download: name });
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url), 1000);
          }

          function card(entry) {
            const table = entry.table;
            const article = html("article", { class: "table-card", id: "card-" + table.id, "data-table": table.id });
            article.append(html("h2", {}, table.id + " · " + (table.title || "(untitled)")));
            article.append(facts(entry));
            const actions = html("div", { class: "actions" });
            const copy = html("button", { class: "copy-csv" }, "Copy CSV");
            const download = html("button", { class: "save-csv" }, "Save CSV");
            const status = html("span", { class: "status" });
            copy.addEventListener("click", () => copyText(entry.csv, status));
            download.addEventListener("click", () => save(table.id + ".csv", entry.csv));
            actions.append(copy, download, status);
            article.append(actions);
            const scroll = html("div", { class: "grid-scroll" });
            scroll.append(gridTable(entry));
            article.append(scroll);
            article.append(checks(entry));
            if (entry.scorecard) article.append(scorecardSummary(entry.scorecard));
            if (entry.line_items.length > 0) article.append(lineItems(entry));
            return article;
          }

          function drawData(page) {
            const side = $("data-side");
            side.replaceChildren();
            const onPage = data.tables.filter((entry) => entry.table.pages.includes(page.number));
            const heading = html("p", { class: "page-summary" }, "Page " + page.number + (page.label ? " (printed " + page.label + ")" : "")
              + " of " + data.page_count + " · " + onPage.length + " table(s)" + (page.image ? "" : " · no image rendered"));
            side.append(heading);
            const list = html("ul", { id: "page-diagnostics" });
            for (const diagnostic of diagnosticsOn(page.number)) {
              const where = diagnostic.page === null ? "document" : "page " + diagnostic.page;
              list.append(html("li", { class: "diagnostic " + diagnostic.severity, "data-code": diagnostic.code },
                diagnostic.code + " (" + where + "): " + diagnostic.message));
            }
            if (list.children.length > 0) side.append(list);
            for (const entry of onPage) side.append(card(entry));
            const headings = data.headings.filter((h) => h.page === page.number);
            if (headings.length > 0) {
              const list = html("ul", { class: "headings" });
              for (const h of headings) list.append(html("li", { class: "level-" + h.level }, "H" + h.level + " " + (h.numbering || "") + h.title));
              side.append(html("h3", {}, "Headings"), list);
            }
          }

          function clearSelection() {
            for (const node of document.querySelectorAll(".selected")) node.classList.remove("selected");
          }

          // Shows one cell on both sides; moves to the cell's page when it is on another.
          function select(id, key, from) {
            const entry = tables.get(id);
            const cell = entry && entry.table.cells.find((c) => cellKey(id, c) === key);
            if (!cell) return;
            currentTable = id;
            if (data.pages[pageIndex].number !== cell.page && pageIndexOf.has(cell.page)) show(pageIndexOf.get(cell.page));
            clearSelection();
            for (const node of document.querySelectorAll('[data-cell="' + key + '"]')) {
              node.classList.add("selected");
              if (from !== "page" && node instanceof SVGElement) node.scrollIntoView({ block: "nearest" });
              if (from !== "table" && !(node instanceof SVGElement)) node.scrollIntoView({ block: "nearest", inline: "nearest" });
            }
            $("data-side").dataset.selected = key;
          }

          function show(index) {
            pageIndex = Math.max(0, Math.min(index, data.pages.length - 1));
            const page = data.pages[pageIndex];
            drawPage(page);
            drawData(page);
            $("page-select").value = String(pageIndex);
            history.replaceState(null, "", "#page=" + page.number + (currentTable ? "&table=" + currentTable : ""));
          }

          function goToTable(step) {
            if (tableOrder.length === 0) return;
            const here = data.pages[pageIndex].number;
            let index = tableOrder.indexOf(currentTable);
            if (index < 0) {
              // From a page without a chosen table: the first table on or after it (or before it).
              index = step > 0 ? tableOrder.findIndex((id) => Math.max(...tables.get(id).table.pages) >= here) - 1
                : tableOrder.findIndex((id) => Math.min(...tables.get(id).table.pages) >= here);
              if (index < -1) index = step > 0 ? -1 : tableOrder.length;
            }
            const next = Math.max(0, Math.min(index + step, tableOrder.length - 1));
            currentTable = tableOrder[next];
            const table = tables.get(currentTable).table;
            const target = table.pages.includes(here) ? here : table.pages[0];
            if (pageIndexOf.has(target)) show(pageIndexOf.get(target));
            const article = $("card-" + currentTable);
            if (article) {
              for (const node of document.querySelectorAll(".current-table")) node.classList.remove("current-table");
              article.classList.add("current-table");
              article.scrollIntoView({ block: "start" });
            }
          }

          function start() {
            const chooser = $("page-select");
            data.pages.forEach((page, index) => chooser.append(html("option", { value: index },
              "page " + page.number + (data.diagnostics.some((d) => d.page === page.number) ? " ⚠" : ""))));
            chooser.addEventListener("change", () => { currentTable = null; show(Number(chooser.value)); });
            $("prev-page").addEventListener("click", () => { currentTable = null; show(pageIndex - 1); });
            $("next-page").addEventListener("click", () => { currentTable = null; show(pageIndex + 1); });
            $("prev-table").addEventListener("click", () => goToTable(-1));
            $("next-table").addEventListener("click", () => goToTable(1));
            $("show-paragraphs").addEventListener("change", (e) => document.body.classList.toggle("hide-paragraphs", !e.target.checked));
            $("show-cells").addEventListener("change", (e) => document.body.classList.toggle("hide-cells", !e.target.checked));
            document.addEventListener("keydown", (event) => {
              if (event.target.closest && event.target.closest("input, select, textarea")) return;
              if (event.altKey || event.ctrlKey || event.metaKey) return;
              const actions = { ArrowRight: () => show(pageIndex + 1), j: () => show(pageIndex + 1),
                ArrowLeft: () => show(pageIndex - 1), k: () => show(pageIndex - 1),
                n: () => goToTable(1), p: () => goToTable(-1), Escape: clearSelection };
              const action = actions[event.key];
              if (!action) return;
              if (event.key !== "n" && event.key !== "p" && event.key !== "Escape") currentTable = null;
              event.preventDefault();
              action();
            });
            const hash = new URLSearchParams(location.hash.slice(1));
            const wanted = Number(hash.get("page"));
            currentTable = tables.has(hash.get("table")) ? hash.get("table") : null;
            show(pageIndexOf.has(wanted) ? pageIndexOf.get(wanted) : 0);
            document.body.dataset.ready = "true";
          }

          if (data.pages.length === 0) {
            $("data-side").textContent = "This report has no pages.";
            document.body.dataset.ready = "true";
          } else {
            start();
          }
        })();
        """#
}
