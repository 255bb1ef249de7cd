import CatalogUpdate
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The download bar of `catalog update` on a terminal's standard error: the file, bytes so
/// far and in all, the rate and the time left, redrawn at most ten times a second.
public final class TerminalProgress: DownloadProgress {
    private var label = ""
    private var expected: Int64?
    private var received: Int64 = 0
    private var start = Date()
    private var lastDraw = Date.distantPast
    private let width: Int

    /// nil unless standard error is a terminal: a log file gets only the summary.
    public static func forStandardError(environment: [String: String]) -> TerminalProgress? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return TerminalProgress(width: Int(environment["COLUMNS"] ?? "") ?? 80)
    }

    init(width: Int) { self.width = max(width, 60) }

    public func started(_ label: String) {
        self.label = label
        expected = nil
        received = 0
        start = Date()
        lastDraw = .distantPast
        draw()
    }

    public func expect(bytes: Int64) { expected = bytes }

    public func received(totalBytes: Int64) {
        received = totalBytes
        if Date().timeIntervalSince(lastDraw) >= 0.1 { draw() }
    }

    public func finished() {
        draw()
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// `AmazonEC2 us-east-1  [#######.......]  45.2 of 312.4 MB  12.3 MB/s  0:21 left`
    func line(now: Date = Date()) -> String {
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(received) / seconds
        let megabytes = { (bytes: Int64) in String(format: "%.1f", Double(bytes) / 1_000_000) }
        var text = label.padding(toLength: 28, withPad: " ", startingAt: 0) + " "
        if let expected, expected > 0 {
            let slots = 20
            let filled = Int(Double(slots) * min(Double(received) / Double(expected), 1))
            text += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: slots - filled) + "] "
            text += "\(megabytes(received)) of \(megabytes(expected)) MB"
        } else {
            text += "\(megabytes(received)) MB"
        }
        text += String(format: "  %.1f MB/s", rate / 1_000_000)
        if let expected, expected > received, rate > 0 {
            let left = Int((Double(expected - received) / rate).rounded(.up))
            text += String(format: "  %d:%02d left", left / 60, left % 60)
        }
        return String(text.prefix(width - 1))
    }

    private func draw() {
        lastDraw = Date()
        // Carriage return and erase-line: the bar stays on one line.
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line()).utf8))
    }
}
