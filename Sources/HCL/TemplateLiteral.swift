/// The literal text of a template being read. Most literals are one unbroken run of the source
/// (no escapes, no stripped indent), so the text is kept as a source range and decoded once;
/// only when something rewrites it (an escape, `$${`, a `~` strip, heredoc indent) are the
/// bytes copied into a buffer.
struct TemplateLiteral {
    private var start = 0
    private var end = 0
    private var buffer: [UInt8]?

    var isEmpty: Bool { buffer.map(\.isEmpty) ?? (start == end) }

    /// Appends the source bytes `range`; stays a range while the runs are adjacent.
    mutating func append(_ range: Range<Int>, from bytes: UnsafePointer<UInt8>) {
        if buffer == nil {
            if start == end {
                start = range.lowerBound
                end = range.upperBound
                return
            }
            if end == range.lowerBound {
                end = range.upperBound
                return
            }
            materialize(bytes)
        }
        buffer?.append(contentsOf: UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count))
    }

    /// Appends a byte that is not at its place in the source (an escape's value).
    mutating func append(byte: UInt8, from bytes: UnsafePointer<UInt8>) {
        materialize(bytes)
        buffer?.append(byte)
    }

    /// What `${~` and `%{~` do: drop the blanks and newlines before the marker.
    mutating func trimTrailingWhitespace(_ bytes: UnsafePointer<UInt8>) {
        func blank(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }
        if buffer == nil {
            while end > start, blank(bytes[end - 1]) { end -= 1 }
        } else {
            while let last = buffer?.last, blank(last) { buffer?.removeLast() }
        }
    }

    /// The text so far (nil when empty), and a fresh start for the next literal.
    mutating func take(_ bytes: UnsafePointer<UInt8>) -> String? {
        defer {
            start = 0
            end = 0
            buffer = nil
        }
        if let buffer {
            return buffer.isEmpty ? nil : buffer.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        }
        guard start < end else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes + start, count: end - start), as: UTF8.self)
    }

    private mutating func materialize(_ bytes: UnsafePointer<UInt8>) {
        guard buffer == nil else { return }
        var copy: [UInt8] = []
        copy.reserveCapacity(end - start + 16)
        copy.append(contentsOf: UnsafeBufferPointer(start: bytes + start, count: end - start))
        buffer = copy
    }
}
