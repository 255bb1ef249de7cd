import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The UTF-8 bytes of one file, read through a raw pointer (no bounds checks or array retains
/// on the hot path), and where its lines start. Line and column are not tracked while scanning:
/// they are computed from a byte offset only when a node or an error asks for its position.
///
/// The bytes belong to the caller's String: a `SourceText` lives only inside the
/// `String.withUTF8` call that parses (see `Parser.withParser`), so the text is never copied.
final class SourceText {
    let file: String
    let bytes: UnsafePointer<UInt8>
    let count: Int
    /// `lineStarts[n]` is the offset of line n + 1. The first line starts after a byte-order mark.
    let lineStarts: [Int]
    /// With no byte past 0x7F a column is a plain byte distance; otherwise it counts characters.
    let isASCII: Bool
    /// The line of the last lookup: positions are asked for in nearly increasing order, so the
    /// next one is almost always on this line or the one after.
    private var lastLine = 0
    private var interner = Interner()

    init(_ buffer: UnsafeBufferPointer<UInt8>, file: String) {
        self.file = file
        let base = buffer.baseAddress ?? UnsafePointer(SourceText.empty)
        bytes = base
        count = buffer.count
        let bom = count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
        var starts = [bom]
        starts.reserveCapacity(count / 32 + 1)
        // memchr is vectorised: far faster than testing each byte for a newline.
        var offset = 0
        while offset < count, let found = memchr(base + offset, 10, count - offset) {
            offset = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base + 1
            starts.append(offset)
        }
        lineStarts = starts
        isASCII = SourceText.allASCII(base, count)
    }

    /// Where an empty text without storage points; nothing is ever read from it.
    nonisolated(unsafe) private static let empty: UnsafeMutablePointer<UInt8> = {
        let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        byte.initialize(to: 0)
        return byte
    }()

    /// An identifier's String; long ones are shared (see `Interner`).
    func identifier(_ start: Int, _ end: Int) -> String {
        let length = end - start
        if length <= 15 {
            return String(decoding: UnsafeBufferPointer(start: bytes + start, count: length), as: UTF8.self)
        }
        return interner.string(bytes, start, length)
    }

    var hasByteOrderMark: Bool { lineStarts[0] == 3 }

    /// Eight bytes at a time: any high bit set means a multi-byte character somewhere.
    static func allASCII(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        var high: UInt64 = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < count {
            high |= UInt64(base[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    func location(at offset: Int) -> SourceLocation {
        let line = lineIndex(containing: offset)
        let start = lineStarts[line]
        var column = max(1, offset - start + 1)
        if !isASCII {
            // Columns count characters (Unicode scalars): continuation bytes do not move them.
            column = 1
            var i = start
            while i < offset {
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
        }
        return SourceLocation(file: file, line: line + 1, column: column)
    }

    /// The 0-based line holding `offset`: the hinted line or the next, else a binary search.
    private func lineIndex(containing offset: Int) -> Int {
        let hint = lastLine
        let lines = lineStarts.count
        if lineStarts[hint] <= offset {
            if hint + 1 == lines || offset < lineStarts[hint + 1] { return hint }
            if hint + 2 == lines || offset < lineStarts[hint + 2] {
                lastLine = hint + 1
                return hint + 1
            }
        }
        var low = 0
        var high = lines - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        lastLine = low
        return low
    }
}
