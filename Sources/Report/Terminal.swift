import Foundation
@preconcurrency import Rainbow

/// Where terminal text goes: how many columns it may use and whether it may be coloured.
/// Renderers of terminal text take one; files and the `--format` outputs are never fitted or
/// coloured (`.plain`), so they keep every address whole.
public struct Terminal: Sendable, Equatable {
    /// Columns available; nil for unlimited (a file, or a pipe without `COLUMNS`).
    public var width: Int?
    /// ANSI colour and bold, through Rainbow.
    public var colour: Bool

    public init(width: Int?, colour: Bool) {
        self.width = width.map { max($0, Self.narrowest) }
        self.colour = colour
    }

    /// Unlimited width, no colour: what tests, files and pipes get.
    public static let plain = Terminal(width: nil, colour: false)

    /// Below this, tables would lose their names altogether; narrower terminals get this width.
    public static let narrowest = 40

    /// Standard output as the user sees it. Width: `COLUMNS` when set (also through a pipe,
    /// as `ls` reads it), else the terminal's own (the TIOCGWINSZ ioctl) when standard output
    /// is one, else unlimited. Colour: only on a terminal, and never with `NO_COLOR` set to
    /// anything non-empty (no-color.org) or `TERM=dumb`. Switches Rainbow on to match.
    public static func standardOutput(environment: [String: String]) -> Terminal {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        var width = environment["COLUMNS"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0 > 0 ? $0 : nil }
        if width == nil && isTerminal { width = windowWidth() ?? 80 }
        let colour = isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        if colour {
            // Rainbow decides from its own reading of the process; make it follow ours.
            Rainbow.outputTarget = .console
            Rainbow.enabled = true
        }
        return Terminal(width: width, colour: colour)
    }

    static func windowWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    // MARK: Style (each a no-op without colour)

    public func bold(_ text: String) -> String { colour ? text.bold : text }
    public func green(_ text: String) -> String { colour ? text.green : text }
    public func red(_ text: String) -> String { colour ? text.red : text }
    public func yellow(_ text: String) -> String { colour ? text.yellow : text }
    public func dim(_ text: String) -> String { colour ? text.dim : text }

    // MARK: Fitting

    /// `text` cut to at most `limit` characters by replacing its middle with "…", so both the
    /// start and the end of an address stay readable: `module.db.mo…db_instance.this[0]`.
    public static func middle(_ text: String, _ limit: Int) -> String {
        guard text.count > limit else { return text }
        guard limit > 1 else { return String(text.prefix(max(limit, 0))) }
        let keep = limit - 1, head = (keep + 1) / 2, tail = keep - head
        return String(text.prefix(head)) + "…" + String(text.suffix(tail))
    }

    /// Every line longer than the width wrapped at spaces, its continuation lines indented two
    /// more than the line; a word longer than a whole line is shortened in the middle.
    public func fit(_ text: String) -> String {
        guard let width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { fitLine(String($0), width: width) }.joined(separator: "\n")
    }

    func fitLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let indent = line.prefix { $0 == " " }.count
        let hanging = String(repeating: " ", count: min(indent + 2, width / 2))
        var lines: [String] = []
        var current = String(line.prefix(indent))
        var currentHasWord = false
        // A word may land on the first line or on a continuation: it must fit after either indent.
        let longest = max(1, width - max(indent, hanging.count))
        for word in line.dropFirst(indent).split(separator: " ", omittingEmptySubsequences: false) {
            let room = width - current.count - (currentHasWord ? 1 : 0)
            let piece = Self.middle(String(word), longest)
            if currentHasWord && piece.count > room {
                lines.append(current)
                current = hanging + piece
            } else {
                current += (currentHasWord ? " " : "") + piece
            }
            currentHasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
