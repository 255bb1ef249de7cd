/// The pack's only stylesheet, inlined into index.html: no fonts or images from the network,
/// and print rules that fit both A4 (210 mm) and Letter (216 mm) by sizing to the narrower.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           color: #1a1a1a; background: #ffffff; margin: 0 auto; padding: 24px; max-width: 1180px; line-height: 1.45; font-size: 15px; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 2px solid #0072B2; padding-bottom: 4px; }
    h3 { font-size: 16px; margin: 20px 0 6px; }
    p.lead { color: #444444; margin: 0 0 16px; }
    .figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
    .figure { border: 1px solid #c8c8c8; border-radius: 6px; padding: 10px 14px; min-width: 170px; }
    .figure .big { font-size: 22px; font-weight: 700; display: block; }
    .figure .what { color: #444444; font-size: 13px; }
    table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
    th, td { border: 1px solid #c8c8c8; padding: 3px 8px; text-align: left; vertical-align: top; }
    th { background: #eef3f8; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    tr.total td { font-weight: 700; background: #f6f6f6; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
    figure.chart-figure { margin: 12px 0 24px; display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px;
                          align-items: start; break-inside: avoid; page-break-inside: avoid; }
    figure.chart-figure figcaption { grid-column: 1 / -1; font-weight: 600; }
    figure.chart-figure .numbers { overflow-x: auto; }
    svg.chart { max-width: 100%; height: auto; font-size: 11px; }
    svg.chart .label { fill: #1a1a1a; }
    svg.chart .value { fill: #1a1a1a; font-weight: 600; }
    svg.chart .axis { fill: #444444; }
    #rehearsal table, #sizing table { width: 100%; }
    #rehearsal td, #sizing td { overflow-wrap: anywhere; }
    .note { background: #fff8e5; border-left: 4px solid #E69F00; padding: 8px 12px; margin: 8px 0; }
    ul.sources li { word-break: break-all; font-size: 12px; }
    footer { margin-top: 32px; color: #555555; font-size: 12px; }
    @page { margin: 14mm 12mm; }
    @page :first { margin-top: 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      h2 { break-after: avoid; page-break-after: avoid; }
      table, tr, .figure { break-inside: avoid; page-break-inside: avoid; }
      figure.chart-figure { grid-template-columns: 1fr; }
      th { background: #eef3f8; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      svg.chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .components table { font-size: 8pt; }
    }
    """
}
