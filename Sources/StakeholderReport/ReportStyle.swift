/// The pack's only stylesheet, inlined into index.html: no fonts or images from the network.
/// Screen: two columns of charts, one under 700 px, where a table row also becomes a card with
/// each cell named by its column (data-label), so nothing is wider than a phone. Print: sized
/// to the narrower of A4 (210 mm) and Letter (216 mm), the summary alone on the first page,
/// long lists left to the other files of the pack, so the default pack prints on a few pages.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           color: #1a1a1a; background: #ffffff; margin: 0 auto; padding: 24px; max-width: 1180px; line-height: 1.45; font-size: 15px;
           overflow-wrap: anywhere; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 2px solid #0072B2; padding-bottom: 4px; }
    h3 { font-size: 16px; margin: 20px 0 6px; }
    p.lead { color: #444444; margin: 0 0 16px; }
    .small { color: #444444; font-size: 13px; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 16px 0; }
    .figure { border: 1px solid #c8c8c8; border-radius: 6px; padding: 8px 12px; }
    .figure.risk { border-color: #D55E00; border-left-width: 4px; }
    .figure .big { font-size: 22px; font-weight: 700; display: block; }
    .figure .what { color: #444444; font-size: 13px; }
    .columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 24px; }
    table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; max-width: 100%; }
    caption { text-align: left; font-size: 13px; color: #444444; }
    th, td { border: 1px solid #c8c8c8; padding: 3px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
    th { background: #eef3f8; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    td.num { white-space: nowrap; }
    tr.total td { font-weight: 700; background: #f6f6f6; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
    .chart-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px 32px; align-items: start; }
    figure.chart-figure { margin: 12px 0; min-width: 0; break-inside: avoid; page-break-inside: avoid; }
    figure.chart-figure figcaption { font-weight: 600; margin-bottom: 6px; }
    details.numbers summary { cursor: pointer; color: #0a5a8c; font-size: 13px; }
    details.numbers table { width: 100%; }
    svg.chart { display: block; width: 100%; height: auto; font-size: 14px; }
    svg.chart .label { fill: #1a1a1a; }
    svg.chart .value { fill: #1a1a1a; font-weight: 600; }
    svg.chart .axis { fill: #444444; }
    #rehearsal table, #sizing table, #ranked-savings table, #savings table, .components table { width: 100%; }
    .note { background: #fff8e5; border-left: 4px solid #E69F00; padding: 8px 12px; margin: 8px 0; }
    ul.risks li { margin-bottom: 4px; }
    ul.sources li { word-break: break-all; font-size: 12px; }
    .print-only { display: none; }
    footer { margin-top: 32px; color: #555555; font-size: 12px; }
    @media (max-width: 700px) {
      body { padding: 12px; font-size: 15px; }
      h1 { font-size: 22px; }
      .columns, .chart-grid { grid-template-columns: minmax(0, 1fr); }
      .figures { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
      table, thead, tbody, tr, td, caption { display: block; width: 100%; }
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      tr { border: 1px solid #c8c8c8; border-radius: 4px; margin: 0 0 8px; padding: 4px 0; }
      td, td.num { border: none; padding: 2px 8px; text-align: left; white-space: normal; }
      td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: #444444; }
      td:empty { display: none; }
    }
    @page { size: auto; margin: 12mm 11mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9pt; line-height: 1.3; }
      h1 { font-size: 16pt; }
      h2 { font-size: 12.5pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
      h3 { font-size: 10pt; margin: 8pt 0 3pt; break-after: avoid; page-break-after: avoid; }
      p { margin: 3pt 0; }
      table { font-size: 7.5pt; margin: 3pt 0 6pt; }
      /* On paper a cell keeps its words whole where it can: the hazards' long evidence is not printed. */
      th, td { padding: 1pt 4pt; overflow-wrap: break-word; }
      tr, .figure { break-inside: avoid; page-break-inside: avoid; }
      code { font-size: 7pt; }
      .figures { grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 6pt; margin: 6pt 0; }
      .figure { padding: 3pt 6pt; }
      .figure .big { font-size: 13pt; }
      .figure .what, .small { font-size: 7.5pt; }
      section.executive { break-after: page; page-break-after: always; }
      .columns { grid-template-columns: minmax(0, 1fr); gap: 0; }
      .chart-grid { gap: 4pt 18pt; }
      figure.chart-figure { margin: 4pt 0; }
      details.numbers, .screen-detail, .components table, .components h3, .components h3 ~ p { display: none; }
      .print-only { display: block; color: #444444; }
      #ranked-savings th:nth-child(6), #ranked-savings td:nth-child(6) { display: none; }
      table.brief th:last-child, table.brief td:last-child { display: none; }
      table.brief2 th:nth-last-child(-n+2), table.brief2 td:nth-last-child(-n+2) { display: none; }
      footer { margin-top: 10pt; font-size: 7.5pt; }
      th, .figure.risk, svg.chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
