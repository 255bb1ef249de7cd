import Foundation

/// Where a file stops being UTF-8, as an editor shows it: the line, and the column counted in
/// characters (Unicode scalars) before the first byte that does not decode.
public enum UTF8Position {
    /// 1-based line and column of the first invalid byte; past the end when every byte decodes.
    public static func firstInvalid(in data: Data) -> (line: Int, column: Int) {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// 1-based line and column (in characters) of the byte at `offset`.
    public static func position(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        let prefix = data.prefix(max(0, offset))
        var line = 1, column = 1
        for scalar in String(decoding: prefix, as: UTF8.self).unicodeScalars {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
