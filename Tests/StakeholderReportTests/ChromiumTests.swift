import Foundation
@testable import StakeholderReport
import Testing

/// index.html renders in a real browser: headless Chromium takes a screenshot of the
/// multi-environment pack, and the PNG must have the window's size. Skipped without chromium.
@Suite struct ChromiumTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "chromium is not installed (apt-get install -y chromium); skipping the browser rendering test"))
    func rendersInHeadlessChromium() throws {
        let browser = try #require(Self.chromium)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-report-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("index.html")
        try Data(ReportHTML.render(try Fixtures.report("multi-environment.yaml", compare: "default.yaml")).utf8).write(to: page)
        // Kept outside the removed folder, so a person can look at it after the run.
        let screenshot = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-report-screenshot.png")
        try? FileManager.default.removeItem(at: screenshot)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(folder.path)/profile",
                             "--screenshot=\(screenshot.path)", "--window-size=1280,2000", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { usleep(100_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()

        let png = try #require(FileManager.default.contents(atPath: screenshot.path), "chromium wrote no screenshot")
        let bytes = [UInt8](png)
        try #require(bytes.count > 24)
        #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280 && height == 2000, "screenshot is \(width) x \(height)")
        // A blank page compresses to almost nothing; charts and tables do not.
        #expect(bytes.count > 50_000, "screenshot is only \(bytes.count) bytes")
    }
}
