import Report
import Testing

/// Fitting terminal text: addresses shortened in the middle, long lines wrapped, nothing past the width.
@Suite struct TerminalTests {
    @Test func middleKeepsBothEnds() {
        let address = "module.db.module.db_instance.aws_db_instance.this[0]"
        let short = Terminal.middle(address, 24)
        #expect(short.count == 24)
        #expect(short.hasPrefix("module.db.mo") && short.hasSuffix("this[0]") && short.contains("…"))
        #expect(Terminal.middle(address, 200) == address)
    }

    @Test func plainLeavesTextAlone() {
        let line = String(repeating: "word ", count: 100)
        #expect(Terminal.plain.fit(line) == line)
        #expect(Terminal.plain.bold("x") == "x")
    }

    /// For every width and every text of words (some longer than a line), no line is wider than
    /// the terminal, and no word is lost or reordered.
    @Test(arguments: [40, 41, 57, 80, 100, 133])
    func fittedLinesNeverPassTheWidth(width: Int) {
        var generator = SystemRandomNumberGenerator()
        let terminal = Terminal(width: width, colour: false)
        for _ in 0..<200 {
            let indent = String(repeating: " ", count: Int.random(in: 0...12, using: &generator))
            let words = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                String(repeating: "x", count: Int.random(in: 1...(width + 30), using: &generator))
            }
            let fitted = terminal.fit(indent + words.joined(separator: " "))
            let lines = fitted.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= width }, "\(fitted)")
            let kept = lines.flatMap { $0.split(separator: " ") }
            #expect(kept.count == words.count)
        }
    }

    @Test func widthIsAtLeastTheNarrowest() {
        #expect(Terminal(width: 5, colour: false).width == Terminal.narrowest)
    }
}
