import Foundation

/// Headless Chromium and poppler-utils, driven the way a person would check the page: load it
/// in a frame of a given width and measure, print it to PDF and read the PDF back.
enum Browser {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let poppler = ["/usr/bin/pdfinfo", "/usr/bin/pdftotext"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    static let missing = "chromium or poppler-utils is not installed (apt-get install -y chromium poppler-utils); skipping the browser tests"

    /// Runs a program to its end (at most 90 s) and returns its standard output.
    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-browser-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { usleep(100_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try handle.close()
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    static func chrome(_ folder: URL, _ arguments: [String]) throws -> String {
        try run(try chromium ?? { throw CocoaError(.fileNoSuchFile) }(),
                ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(folder.path)/profile-\(UUID().uuidString)"]
                    + arguments)
    }

    /// What overflows when the page is `width` CSS pixels wide, with every chart's numbers opened:
    /// the page wider than the window, an element past the right edge or an HTML box whose content
    /// is wider than it (a clipped table, a scrollbar), a chart whose 14-unit text is drawn smaller
    /// than 10 px (9 px, 6.75 pt, on paper). Headless windows are at least 500 px wide, so the page is loaded in a frame of
    /// the width, which posts its findings to the parent. `paper` applies the print rules on screen:
    /// the paper's printable width in CSS pixels then stands for the sheet, where Chromium's PDF
    /// would silently cut off what does not fit.
    static func overflow(of page: URL, width: Int, paper: Bool = false, in folder: URL) throws -> [String] {
        let probe = """
            <script>
            if (!\(paper)) document.querySelectorAll('details').forEach(function (d) { d.open = true; });
            var width = document.documentElement.clientWidth, problems = [];
            if (document.documentElement.scrollWidth > width) problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect(), where = e.tagName + ' in #' + ((e.closest('[id]') || {}).id || '?');
              if (r.width > 0 && r.right > width + 0.5) problems.push(where + ' ends at ' + Math.round(r.right) + ' px');
              var style = getComputedStyle(e);
              // SVG boxes are the charts' own; a box that hides its overflow on purpose (the phone
              // layout's visually hidden table heads) is not a clipped table.
              if (e.namespaceURI === 'http://www.w3.org/1999/xhtml' && style.display !== 'inline' && !/hidden|clip/.test(style.overflowX)
                  && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
                problems.push(where + ' holds ' + e.scrollWidth + ' px in ' + e.clientWidth);
            });
            document.querySelectorAll('svg.chart').forEach(function (s) {
              var px = s.getBoundingClientRect().width / s.viewBox.baseVal.width * parseFloat(getComputedStyle(s).fontSize);
              if (px < (\(paper) ? 9 : 10)) problems.push(s.id + ': text drawn at ' + px.toFixed(1) + ' px');
            });
            parent.postMessage(JSON.stringify({ width: width, problems: problems }), '*');
            </script>
            """
        let probed = folder.appendingPathComponent("probed-\(width).html")
        var html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe + "</body>")
        if paper {
            precondition(html.contains("@media print {"), "the stylesheet's print rules moved")
            html = html.replacingOccurrences(of: "@media print {", with: "@media all {")
        }
        try Data(html.utf8).write(to: probed)
        let frame = folder.appendingPathComponent("frame-\(width).html")
        try Data("""
            <!DOCTYPE html><html><body style="margin:0"><iframe src="\(probed.lastPathComponent)" style="width:\(width)px;height:3000px;border:0"></iframe>
            <script>addEventListener('message', function (e) { document.body.setAttribute('data-result', e.data); });</script></body></html>
            """.utf8).write(to: frame)
        let dom = try chrome(folder, ["--window-size=1400,3000", "--virtual-time-budget=10000", "--dump-dom", frame.absoluteString])
        guard let start = dom.range(of: "data-result=\""), let end = dom[start.upperBound...].firstIndex(of: "\"") else {
            return ["the page reported nothing (no data-result in the DOM)"]
        }
        let json = String(dom[start.upperBound..<end]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<")
        let result = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
        // The frame's width less a possible vertical scrollbar.
        guard let seen = result["width"] as? Int, seen <= width, seen >= width - 20 else { return ["the frame was \(result["width"] ?? "?") px wide"] }
        return result["problems"] as? [String] ?? ["no problems list"]
    }

    /// The page printed on `paper` (A4 or Letter) as a user's print dialog would: the paper is
    /// set by the page's `@page size`, which the report leaves to the printer (`auto`).
    static func printed(_ page: URL, paper: String, in folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent("print-\(paper).html")
        let html = try String(contentsOf: page, encoding: .utf8)
        precondition(html.contains("@page { size: auto;"), "the stylesheet's @page rule moved")
        try Data(html.replacingOccurrences(of: "@page { size: auto;", with: "@page { size: \(paper);").utf8).write(to: copy)
        let pdf = folder.appendingPathComponent("\(paper).pdf")
        try chrome(folder, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", copy.absoluteString])
        return pdf
    }

    static func pages(_ pdf: URL) throws -> Int {
        let info = try run("/usr/bin/pdfinfo", [pdf.path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    static func text(_ pdf: URL, page: Int) throws -> String {
        try run("/usr/bin/pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf.path, "-"])
    }

    /// Words printed outside the paper's margins: what Chromium clips is still in the PDF, past the edge.
    static func wordsPastTheMargin(_ pdf: URL, margin: Double) throws -> [String] {
        let xml = try run("/usr/bin/pdftotext", ["-bbox", pdf.path, "-"])
        var pageWidth = 0.0, out: [String] = []
        let pattern = try NSRegularExpression(pattern: #"<page width="([\d.]+)"|<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)"#)
        for match in pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
            let group = { (index: Int) in Range(match.range(at: index), in: xml).map { String(xml[$0]) } }
            if let width = group(1).flatMap(Double.init) { pageWidth = width; continue }
            if let left = group(2).flatMap(Double.init), let right = group(3).flatMap(Double.init),
               left < margin - 1 || right > pageWidth - margin + 1 {
                out.append("\(group(4) ?? "?") at \(left)...\(right) of \(pageWidth)")
            }
        }
        return out
    }
}
