/// The style sheet shared by document reviews and the batch index (`review.css`).
enum ReviewStyle {
    static let css = #"""
        :root { --ink: #1d2430; --muted: #5b6575; --line: #d5dae2; --accent: #1f5fd1; --pick: #ff8a00;
          --warn: #c77700; --error: #c62828; --info: #3a7d44; font-family: system-ui, "Noto Sans CJK SC", sans-serif; }
        body { margin: 0; color: var(--ink); background: #f3f5f8; }
        #bar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: .6em; align-items: center;
          padding: .4em .8em; background: #fff; border-bottom: 1px solid var(--line); }
        #bar h1 { font-size: 1.05em; margin: 0; }
        #doc-file { color: var(--muted); font-size: .85em; }
        #pager { margin-left: auto; display: flex; gap: .3em; align-items: center; font-size: .9em; }
        #review { display: grid; grid-template-columns: minmax(300px, 1fr) minmax(320px, 1fr); gap: .8em; padding: .8em; }
        #page-side { position: sticky; top: 3.2em; align-self: start; max-height: calc(100vh - 4em); overflow: auto; }
        #page-frame { position: relative; width: 100%; background: #fff; box-shadow: 0 1px 4px #0003; }
        #page-frame.blank-paper { background: repeating-linear-gradient(45deg, #fff, #fff 12px, #f6f6f6 12px, #f6f6f6 24px); }
        .page-image { position: absolute; inset: 0; width: 100%; height: 100%; }
        #overlay { position: absolute; inset: 0; width: 100%; height: 100%; }
        #overlay rect { fill: transparent; stroke-width: .6; vector-effect: non-scaling-stroke; }
        #overlay .cell { stroke: #1f5fd1aa; cursor: pointer; }
        #overlay .cell.header { fill: #1f5fd10d; }
        #overlay .cell:hover { fill: #1f5fd122; }
        #overlay .cell.selected { fill: #ff8a0055; stroke: var(--pick); stroke-width: 2; }
        #overlay .paragraph { stroke: #3a7d44aa; stroke-dasharray: 3 2; fill: #3a7d4408; }
        #overlay .heading rect { stroke: #8e24aa; fill: #8e24aa14; stroke-width: 1.2; }
        #overlay .figure { stroke: #00838f; stroke-dasharray: 1 2; }
        #overlay .diagnostic { stroke-width: 2; fill: #c627281a; }
        #overlay .diagnostic.warning { stroke: var(--warn); }
        #overlay .diagnostic.error { stroke: var(--error); }
        #overlay .diagnostic.info { stroke: var(--info); fill: #3a7d4410; }
        #overlay .tag { font-size: 6px; fill: #8e24aa; font-weight: 600; text-anchor: end; }
        #overlay .table-tag { fill: #1f5fd1; text-anchor: start; }
        .hide-paragraphs #overlay .paragraph, .hide-cells #overlay .cell { display: none; }
        #page-diagnostics { list-style: none; padding: 0; font-size: .85em; }
        .diagnostic { border-left: 4px solid var(--muted); padding: .2em .5em; margin: .2em 0; background: #fff; }
        li.diagnostic.warning { border-color: var(--warn); } li.diagnostic.error { border-color: var(--error); }
        li.diagnostic.info { border-color: var(--info); } li.linked { cursor: pointer; text-decoration: underline dotted; }
        li.passed { color: var(--info); list-style: "✓ "; }
        #data-side { min-width: 0; }
        .page-summary { color: var(--muted); margin: 0 0 .6em; }
        /* Scrolled to below the sticky bar, not under it. */
        .table-card, .grid td, .grid th { scroll-margin-top: 3.5em; }
        .table-card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6em .8em; margin-bottom: 1em; }
        .table-card.current-table { border-color: var(--accent); box-shadow: 0 0 0 2px #1f5fd133; }
        .table-card h2 { font-size: 1em; margin: 0 0 .4em; }
        .table-card h3 { font-size: .9em; margin: .8em 0 .2em; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: .1em .8em; margin: 0; font-size: .85em; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; }
        .actions { margin: .5em 0; display: flex; gap: .4em; align-items: center; font-size: .85em; }
        .grid-scroll { overflow: auto; max-height: 70vh; border: 1px solid var(--line); }
        table { border-collapse: collapse; font-size: .8em; }
        .grid td, .grid th, .line-items td, .line-items th { border: 1px solid var(--line); padding: .15em .35em; vertical-align: top; }
        .grid th { background: #eef2f8; }
        .grid td { cursor: pointer; white-space: pre-wrap; }
        .grid .selected { background: #ffd9a8; outline: 2px solid var(--pick); }
        .headings li.level-1 { font-weight: 700; } .headings li.level-3, .headings li.level-4, .headings li.level-5 { margin-left: 1em; }
        #batch { padding: .8em; }
        #totals { display: flex; flex-wrap: wrap; gap: 1.2em; margin: .4em 0 .8em; }
        #totals div { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .4em .8em; }
        #totals b { display: block; font-size: 1.3em; }
        #chart svg { background: #fff; border: 1px solid var(--line); max-width: 100%; }
        #chart .bar { fill: var(--accent); cursor: pointer; } #chart .bar.active { fill: var(--pick); }
        #chart text { font-size: 11px; fill: var(--ink); }
        #filters { display: flex; gap: .6em; margin: .8em 0; align-items: center; }
        #files { background: #fff; width: 100%; }
        #files th { cursor: pointer; user-select: none; background: #eef2f8; text-align: left; }
        #files th[aria-sort="ascending"]::after { content: " ▲"; } #files th[aria-sort="descending"]::after { content: " ▼"; }
        #files td, #files th { border: 1px solid var(--line); padding: .2em .4em; }
        #files tr.failed td { background: #fdecea; }
        .kind { display: inline-block; background: #eef2f8; border-radius: 3px; padding: 0 .3em; margin: 0 .2em .1em 0; font-size: .9em; }
        """#
}
